package dev.touchline.benchmarks;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.ecore.EObject;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import dev.touchline.io.ModelFiles;
import dev.touchline.model.Department;
import dev.touchline.model.JourneyModel;
import dev.touchline.model.Touchpoint;
import dev.touchline.validation.IncrementalValidator;
import dev.touchline.validation.ValidationReport;

/**
 * Revalidation after a single edit, as the editor does it: the owner of one touchpoint changes
 * (a different touchpoint each time), then {@link IncrementalValidator#revalidate()} brings the
 * findings up to date.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = { "-Xmx4g" })
public class RevalidationBenchmark {

    @Param({ "1000", "10000", "100000" })
    public int touchpoints;

    private JourneyModel model;
    private IncrementalValidator validator;
    private final List<Touchpoint> all = new ArrayList<>();
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        model = ModelFiles.load(Models.file(touchpoints));
        for (Iterator<EObject> it = model.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Touchpoint tp) {
                all.add(tp);
            }
        }
        validator = IncrementalValidator.attach(model);
    }

    @Benchmark
    public ValidationReport editOneTouchpointAndRevalidate() {
        Touchpoint tp = all.get(next++ % all.size());
        List<Department> departments = model.getDepartments();
        Department owner = tp.getOwner();
        tp.setOwner(departments.get((departments.indexOf(owner) + 1) % departments.size()));
        return validator.revalidate();
    }
}
