package fr.catalogue.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Pages read records' components as properties; everything else is left to the next resolver. */
class RecordELResolverTest {

    private final RecordELResolver resolver = new RecordELResolver();

    record Link(String href, boolean active, long count) {
    }

    record Row(Link link, String title) {
    }

    record Broken(String value) {
        @Override
        public String value() {
            throw new IllegalStateException("no value");
        }
    }

    /** Just what a resolver touches of its context: the resolved flag. */
    private static ELContext context() {
        return new ELContext() {
            @Override
            public ELResolver getELResolver() {
                return null;
            }

            @Override
            public FunctionMapper getFunctionMapper() {
                return null;
            }

            @Override
            public VariableMapper getVariableMapper() {
                return null;
            }
        };
    }

    @Test
    void readsAComponentOfARecordEvenAPackagePrivateOneAndSaysItResolvedIt() {
        Link link = new Link("/index.xhtml?region=53", true, 42);
        ELContext context = context();
        assertEquals("/index.xhtml?region=53", resolver.getValue(context, link, "href"));
        assertTrue(context.isPropertyResolved());
        assertEquals(Boolean.TRUE, resolver.getValue(context(), link, "active"));
        assertEquals(42L, resolver.getValue(context(), link, "count"));
        Row row = new Row(link, "Imprimante");
        assertSame(link, resolver.getValue(context(), row, "link"), "a chain row.link.href reads through");
    }

    @Test
    void leavesAnythingButARecordsComponentToTheNextResolver() {
        for (Object[] unresolved : new Object[][] {
                {new Link("h", false, 1), "hashCode"}, {new Link("h", false, 1), "missing"},
                {Map.of("href", "x"), "href"}, {"a string", "empty"}, {null, "href"}, {new Link("h", false, 1), 3}}) {
            ELContext context = context();
            assertNull(resolver.getValue(context, unresolved[0], unresolved[1]));
            assertFalse(context.isPropertyResolved(), () -> "left alone: " + unresolved[0] + "." + unresolved[1]);
            assertFalse(resolver.isReadOnly(context, unresolved[0], unresolved[1]));
            assertFalse(context.isPropertyResolved());
        }
    }

    @Test
    void aRecordIsReadOnly() {
        Link link = new Link("h", false, 1);
        ELContext context = context();
        assertTrue(resolver.isReadOnly(context, link, "href"));
        assertTrue(context.isPropertyResolved());
        assertThrows(PropertyNotWritableException.class, () -> resolver.setValue(context(), link, "href", "other"));
        resolver.setValue(context(), Map.of(), "href", "other"); // not a record: nothing done, nothing thrown
    }

    @Test
    void anAccessorsFailureIsReportedAsAnElErrorWithItsCause() {
        ELException error = assertThrows(ELException.class, () -> resolver.getValue(context(), new Broken("x"), "value"));
        assertEquals("no value", error.getCause().getMessage());
    }
}
