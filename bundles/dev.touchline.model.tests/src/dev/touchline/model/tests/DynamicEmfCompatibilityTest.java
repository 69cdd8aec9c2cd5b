package dev.touchline.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.impl.DynamicEObjectImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.touchline.io.ModelFiles;
import dev.touchline.model.TouchlinePackage;
import dev.touchline.model.synthetic.SyntheticModel;

/**
 * A file saved by Touchline loads in plain EMF with nothing but touchline.ecore: no generated
 * code, no Touchline resource factory. Other tools can read our files.
 */
class DynamicEmfCompatibilityTest {

    @Test
    void savedFileLoadsWithOnlyTheEcore(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("synthetic.touchline");
        ModelFiles.save(SyntheticModel.generate(120, 40, 7), file);

        ResourceSet plain = new ResourceSetImpl();
        plain.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
        plain.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        Resource ecore = plain.createResource(URI.createURI("touchline.ecore"));
        try (InputStream in = TouchlinePackage.class.getResourceAsStream("/model/touchline.ecore")) {
            assertNotNull(in, "touchline.ecore is shipped in the model bundle");
            ecore.load(in, null);
        }
        EPackage dynamic = (EPackage) ecore.getContents().get(0);
        assertTrue(dynamic != TouchlinePackage.eINSTANCE);
        plain.getPackageRegistry().put(dynamic.getNsURI(), dynamic);

        Resource model = plain.getResource(URI.createFileURI(file.toString()), true);
        assertTrue(model.getErrors().isEmpty(), () -> model.getErrors().toString());
        EObject root = model.getContents().get(0);
        assertTrue(root instanceof DynamicEObjectImpl, "loaded without generated code");

        EClass touchpointClass = (EClass) dynamic.getEClassifier("Touchpoint");
        EStructuralFeature owner = touchpointClass.getEStructuralFeature("owner");
        EStructuralFeature name = ((EClass) dynamic.getEClassifier("NamedElement")).getEStructuralFeature("name");
        List<EObject> touchpoints = new ArrayList<>();
        int owned = 0;
        for (Iterator<EObject> it = root.eAllContents(); it.hasNext();) {
            EObject e = it.next();
            if (e.eClass() == touchpointClass) {
                touchpoints.add(e);
                EObject department = (EObject) e.eGet(owner);
                if (department != null) {
                    owned++;
                    assertTrue(!department.eIsProxy(), "owner reference resolved");
                    assertNotNull(department.eGet(name), "the owner is a named department");
                }
            }
        }
        assertEquals(120, touchpoints.size());
        assertTrue(owned > 100, "most touchpoints have a resolved owner: " + owned);
    }

    @Test
    void theSampleLoadsWithOnlyTheEcore() throws Exception {
        ResourceSet plain = new ResourceSetImpl();
        plain.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
        Resource ecore = plain.createResource(URI.createURI("touchline.ecore"));
        try (InputStream in = TouchlinePackage.class.getResourceAsStream("/model/touchline.ecore")) {
            ecore.load(in, null);
        }
        EPackage dynamic = (EPackage) ecore.getContents().get(0);
        plain.getPackageRegistry().put(dynamic.getNsURI(), dynamic);
        Path sample = Path.of("../../samples/northwind-movers.touchline");
        assertTrue(Files.isRegularFile(sample));
        Resource model = plain.getResource(URI.createFileURI(sample.toAbsolutePath().toString()), true);
        assertTrue(model.getErrors().isEmpty(), () -> model.getErrors().toString());
        assertEquals("JourneyModel", model.getContents().get(0).eClass().getName());
    }
}
