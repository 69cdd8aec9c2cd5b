package dev.touchline.model.util;

import java.util.HexFormat;
import java.util.UUID;
import java.util.random.RandomGenerator;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * Where the random part of a model's new element ids comes from: random UUIDs, unless the
 * model's resource carries a source of its own. A seeded source makes a run reproducible (a test
 * can predict the ids an edit gives and replay a failing seed exactly); since it is kept on one
 * model's resource, two models open in one JVM never draw from each other's source.
 */
public final class IdSource extends AdapterImpl {

    private static final IdSource RANDOM = new IdSource(null);

    /** {@code null}: random UUIDs. */
    private final RandomGenerator generator;

    private IdSource(RandomGenerator generator) {
        this.generator = generator;
    }

    /**
     * Makes new ids of elements in {@code resource}'s model take their random part from
     * {@code generator} (in place of any source it had before); {@code null} restores random UUIDs.
     */
    public static void install(Resource resource, RandomGenerator generator) {
        resource.eAdapters().removeIf(IdSource.class::isInstance);
        if (generator != null) {
            resource.eAdapters().add(new IdSource(generator));
        }
    }

    /**
     * The source for an element that will live in {@code where}'s model (the container it is
     * added to, or any element of that model): its resource's source, else random UUIDs (also
     * for a model not in a resource yet).
     */
    static IdSource of(EObject where) {
        Resource resource = where == null ? null : where.eResource();
        if (resource != null) {
            for (var adapter : resource.eAdapters()) {
                if (adapter instanceof IdSource source) {
                    return source;
                }
            }
        }
        return RANDOM;
    }

    /** Twelve hex digits, the random part of the next id. */
    String next() {
        String hex;
        if (generator == null) {
            hex = UUID.randomUUID().toString().replace("-", "");
        } else {
            synchronized (this) { // a seeded generator need not be thread-safe
                hex = HexFormat.of().toHexDigits(generator.nextLong());
            }
        }
        return hex.substring(0, 12);
    }

    @Override
    public boolean isAdapterForType(Object type) {
        return type == IdSource.class;
    }
}
