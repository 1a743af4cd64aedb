package fr.catalogue.need;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The code of a kept link (R28): 128 random bits, base64url, stored hashed. */
class NeedCodeTest {

    @Test
    void codesAre22Base64UrlCharactersAndDoNotRepeat() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = NeedCode.generate();
            assertTrue(NeedCode.isWellFormed(code), code);
            codes.add(code);
        }
        assertEquals(1000, codes.size());
    }

    @Test
    void onlyTheHashIsStoredAndMalformedCodesAreRefusedBeforeAnyLookUp() {
        String code = NeedCode.generate();
        assertEquals(64, NeedCode.hash(code).length());
        assertNotEquals(code, NeedCode.hash(code));
        assertFalse(NeedCode.isWellFormed(null));
        assertFalse(NeedCode.isWellFormed("abc"));
        assertFalse(NeedCode.isWellFormed("' OR 1=1 --xxxxxxxxxxx"));
    }
}
