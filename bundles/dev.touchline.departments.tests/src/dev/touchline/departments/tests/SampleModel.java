package dev.touchline.departments.tests;

import java.nio.file.Path;

import org.eclipse.emf.ecore.EObject;

import dev.touchline.departments.FindingIndex;
import dev.touchline.io.ModelFiles;
import dev.touchline.model.JourneyModel;
import dev.touchline.validation.ModelValidator;

/** The bundled sample, loaded fresh for each test, and its findings. */
final class SampleModel {

    final JourneyModel model;

    SampleModel() throws Exception {
        model = ModelFiles.load(Path.of("../../samples/northwind-movers.touchline"));
    }

    FindingIndex findings() {
        return new FindingIndex(new ModelValidator().validate(model));
    }

    @SuppressWarnings("unchecked")
    <T extends EObject> T byId(String id) {
        return (T) model.eResource().getEObject(id);
    }
}
