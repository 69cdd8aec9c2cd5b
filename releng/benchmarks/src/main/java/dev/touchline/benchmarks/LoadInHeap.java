package dev.touchline.benchmarks;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;

import dev.touchline.io.ModelFiles;
import dev.touchline.model.JourneyModel;

/**
 * Loads a model file and prints the heap it retains (bytes used after a full collection, minus
 * before). Started by {@link BenchmarkSuite} in its own JVM, with the heap limit under test.
 */
public final class LoadInHeap {

    private LoadInHeap() {
    }

    public static void main(String[] args) throws Exception {
        long before = used();
        JourneyModel model = ModelFiles.load(Path.of(args[0]));
        long after = used();
        System.out.println((after - before) + " " + model.getJourneys().size());
    }

    private static long used() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
