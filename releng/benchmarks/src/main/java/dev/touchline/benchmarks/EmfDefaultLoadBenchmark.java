package dev.touchline.benchmarks;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
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

import dev.touchline.model.TouchlinePackage;

/**
 * EMF's load with default options on the same files: an XMI resource with no option set, the
 * package registered, nothing else. The sizes run are set by the suite (see {@link BenchmarkSuite}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = { "-Xmx4g" })
public class EmfDefaultLoadBenchmark {

    @Param({ "1000" })
    public int touchpoints;

    private Path file;

    @Setup(Level.Trial)
    public void setUp() {
        file = Models.file(touchpoints);
    }

    @Benchmark
    public Resource emfDefaultLoad() throws Exception {
        ResourceSet set = new ResourceSetImpl();
        set.getPackageRegistry().put(TouchlinePackage.eNS_URI, TouchlinePackage.eINSTANCE);
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("touchline", new XMIResourceFactoryImpl());
        Resource resource = set.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
        resource.load(null);
        return resource;
    }
}
