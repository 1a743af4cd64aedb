package fr.catalogue.web.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** R13: every term in plain words, alphabetical, at a stable anchor. */
class GlossaryTest {

    @Test
    void anchorsAreStableWordsWithoutAccents() {
        assertEquals("terme-memoire-vive-ram", Glossary.anchor("Mémoire vive (RAM)"));
        assertEquals("terme-ht-et-ttc", Glossary.anchor("HT et TTC"));
        assertEquals("terme-taille-de-l-ecran", Glossary.anchor("Taille de l'écran"));
    }

    @Test
    void termsAreSortedTheFrenchWayAndMeaningsMergedByCategory() {
        Glossary glossary = new Glossary()
                .criterion("Mémoire vive (RAM)", "La table de travail.", "PC de bureau")
                .criterion("Mémoire vive (RAM)", "La table de travail.", "PC portable")
                .criterion("Écran", "La diagonale.", "PC portable")
                .criterion("Sans explication", " ", "PC portable")
                .general("Débit", "Les données par seconde.")
                .general("Engagement", "La durée minimale.");

        List<Glossary.Entry> entries = glossary.entries();
        assertEquals(List.of("Débit", "Écran", "Engagement", "Mémoire vive (RAM)"),
                entries.stream().map(Glossary.Entry::term).toList());
        Glossary.Entry memory = entries.get(3);
        assertEquals(List.of(new Glossary.Meaning("La table de travail.", List.of("PC de bureau", "PC portable"))),
                memory.meanings());
        assertEquals("PC de bureau, PC portable", memory.meanings().get(0).categoriesText());
        assertEquals(List.of("D", "E", "M"), glossary.sections().stream().map(Glossary.Section::letter).toList());
        assertEquals(2, glossary.sections().get(1).entries().size());
    }
}
