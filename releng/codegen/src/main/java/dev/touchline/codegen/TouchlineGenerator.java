package dev.touchline.codegen;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/** Runs EMF's model and edit generators on Touchline's genmodel, outside Eclipse. */
final class TouchlineGenerator {

    static final String MODEL_PROJECT = "dev.touchline.model";
    static final String EDIT_PROJECT = "dev.touchline.model.edit";
    static final String GENMODEL = "bundles/" + MODEL_PROJECT + "/model/touchline.genmodel";

    private TouchlineGenerator() {
    }

    /**
     * Generates into {@code output}, which receives one folder per bundle below {@code bundles/}.
     * The genmodel is reconciled with the Ecore in memory first, so a new class or feature needs
     * no IDE to be picked up.
     */
    static void generate(Path repositoryRoot, Path output) throws IOException {
        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        Map<String, URI> platformMap = EcorePlugin.getPlatformResourceMap();
        platformMap.put(MODEL_PROJECT, folderUri(output.resolve("bundles/" + MODEL_PROJECT)));
        platformMap.put(EDIT_PROJECT, folderUri(output.resolve("bundles/" + EDIT_PROJECT)));

        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
        resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);

        Resource resource = resourceSet.getResource(
                URI.createFileURI(repositoryRoot.resolve(GENMODEL).toAbsolutePath().toString()), true);
        GenModel genModel = (GenModel) resource.getContents().get(0);
        for (GenPackage genPackage : genModel.getGenPackages()) {
            EPackage ePackage = genPackage.getEcorePackage();
            genPackage.initialize(ePackage);
        }
        genModel.reconcile();
        genModel.setCanGenerate(true);
        // Keep the committed genmodel complete (as EMF's "Reload" would), so it opens in the IDE too.
        Path reconciled = output.resolve(GENMODEL);
        Files.createDirectories(reconciled.getParent());
        try (OutputStream out = Files.newOutputStream(reconciled)) {
            resource.save(out, Map.of(XMLResource.OPTION_LINE_DELIMITER, "\n"));
        }
        Diagnostic status = genModel.diagnose();
        if (status.getSeverity() == Diagnostic.ERROR) {
            throw new IOException("The genmodel is not valid: " + status);
        }

        Generator generator = new Generator();
        generator.setInput(genModel);
        BasicMonitor monitor = new BasicMonitor();
        check(generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, monitor));
        check(generator.generate(genModel, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE, monitor));
    }

    private static void check(Diagnostic diagnostic) throws IOException {
        if (diagnostic.getSeverity() == Diagnostic.ERROR) {
            throw new IOException("EMF generation failed: " + diagnostic);
        }
    }

    private static URI folderUri(Path folder) throws IOException {
        Files.createDirectories(folder);
        return URI.createFileURI(folder.toAbsolutePath() + "/");
    }
}
