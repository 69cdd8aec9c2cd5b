package dev.touchline.map;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;

import dev.touchline.model.JourneyModel;
import dev.touchline.model.NamedElement;

/**
 * Find by name across a model: every named element (journeys, stages, touchpoints, pain points,
 * opportunities, then departments, personas, metrics and the other catalogues) whose name
 * contains the words searched for, ignoring case and accents' absence ("crm" finds "CRM", the
 * words in any order), in the model's order: the order Find steps through them.
 */
public final class MapSearch {

    private MapSearch() {
    }

    /** The named elements of {@code model} matching {@code query}; none for a blank query. */
    public static List<NamedElement> find(JourneyModel model, String query) {
        List<NamedElement> hits = new ArrayList<>();
        if (query == null || query.isBlank()) {
            return hits;
        }
        String[] words = fold(query).split("\\s+");
        for (Iterator<EObject> it = model.eAllContents(); it.hasNext();) {
            if (it.next() instanceof NamedElement named && named.getName() != null && matches(fold(named.getName()),
                    words)) {
                hits.add(named);
            }
        }
        return hits;
    }

    private static boolean matches(String name, String[] words) {
        for (String word : words) {
            if (!word.isEmpty() && !name.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** Lower case without accents, so "creme" finds "Crème". */
    private static String fold(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).strip();
    }
}
