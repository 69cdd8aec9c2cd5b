package dev.touchline.codegen;

import java.util.List;

/**
 * A file or folder, relative to the repository root, that EMF's generator owns. Everything else
 * in the bundles (manifests, plugin.xml, hand-written {@code src/}) is maintained by hand.
 */
record GeneratedArea(String path) {

    static final List<GeneratedArea> ALL = List.of(
            new GeneratedArea("bundles/dev.touchline.model/model/touchline.genmodel"),
            new GeneratedArea("bundles/dev.touchline.model/src-gen"),
            new GeneratedArea("bundles/dev.touchline.model.edit/src-gen"),
            new GeneratedArea("bundles/dev.touchline.model.edit/icons"),
            new GeneratedArea("bundles/dev.touchline.model.edit/plugin.properties"));
}
