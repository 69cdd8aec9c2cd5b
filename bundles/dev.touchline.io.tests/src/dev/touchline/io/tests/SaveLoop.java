package dev.touchline.io.tests;

import java.nio.file.Files;
import java.nio.file.Path;

import dev.touchline.io.ModelFiles;
import dev.touchline.model.JourneyModel;

/**
 * A separate process for {@link KillDuringSaveTest}: loads two versions of a model and saves them
 * alternately to the same file until it is killed. Prints "saving" once it has started.
 */
public final class SaveLoop {

    private SaveLoop() {
    }

    public static void main(String[] args) throws Exception {
        JourneyModel first = ModelFiles.load(Path.of(args[0]));
        JourneyModel second = ModelFiles.load(Path.of(args[1]));
        Path target = Path.of(args[2]);
        System.out.println("saving");
        System.out.flush();
        for (long i = 0;; i++) {
            ModelFiles.save(i % 2 == 0 ? second : first, target);
            if (!Files.exists(target)) {
                throw new IllegalStateException("the file vanished");
            }
        }
    }
}
