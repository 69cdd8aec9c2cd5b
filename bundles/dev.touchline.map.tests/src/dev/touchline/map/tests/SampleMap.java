package dev.touchline.map.tests;

import java.nio.file.Path;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;

import dev.touchline.io.ModelFiles;
import dev.touchline.departments.FindingIndex;
import dev.touchline.model.JourneyModel;
import dev.touchline.model.provider.TouchlineItemProviderAdapterFactory;
import dev.touchline.validation.ModelValidator;

/** The bundled sample, loaded fresh for each test, with an editing domain around it. */
final class SampleMap {

    final JourneyModel model;
    final EditingDomain domain;

    SampleMap() throws Exception {
        model = ModelFiles.load(Path.of("../../samples/northwind-movers.touchline"));
        domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(new TouchlineItemProviderAdapterFactory()),
                new BasicCommandStack() {
                    @Override
                    protected void handleError(Exception exception) {
                        // EMF's stack only logs a failing command; a test must see it fail.
                        throw new IllegalStateException(exception);
                    }
                });
        domain.getResourceSet().getResources().add(model.eResource());
    }

    FindingIndex findings() {
        return new FindingIndex(new ModelValidator().validate(model));
    }

    @SuppressWarnings("unchecked")
    <T extends EObject> T byId(String id) {
        return (T) model.eResource().getEObject(id);
    }

    static <T extends EObject> T copy(T element) {
        return EcoreUtil.copy(element);
    }
}
