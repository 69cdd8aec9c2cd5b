package dev.touchline.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.junit.jupiter.api.Test;

import dev.touchline.model.Department;
import dev.touchline.model.Journey;
import dev.touchline.model.JourneyModel;
import dev.touchline.model.Stage;
import dev.touchline.model.Touchpoint;
import dev.touchline.model.TouchlineFactory;
import dev.touchline.model.TouchlinePackage;
import dev.touchline.model.provider.TouchlineItemProviderAdapterFactory;

/** The EMF.Edit layer that the editor's undo/redo and every report share. */
class ItemProvidersTest {

    private final TouchlineFactory f = TouchlineFactory.eINSTANCE;
    private final ComposedAdapterFactory adapters = new ComposedAdapterFactory();
    private final AdapterFactoryEditingDomain domain;
    private final JourneyModel model = f.createJourneyModel();
    private final Stage stage = f.createStage();
    private final Touchpoint crew = f.createTouchpoint();
    private final Department fieldOps = f.createDepartment();

    ItemProvidersTest() {
        adapters.addAdapterFactory(new TouchlineItemProviderAdapterFactory());
        adapters.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        domain = new AdapterFactoryEditingDomain(adapters, new BasicCommandStack());
        Journey journey = f.createJourney();
        model.getJourneys().add(journey);
        journey.getStages().add(stage);
        stage.setName("Moving day");
        crew.setName("Crew arrives");
        stage.getTouchpoints().add(crew);
        fieldOps.setName("Field Operations");
        model.getDepartments().add(fieldOps);
        // As in the editor: the model sits in a resource of the domain's resource set, where
        // DeleteCommand looks for references to what it deletes.
        Resource resource = new ResourceImpl(URI.createURI("test.touchline"));
        resource.getContents().add(model);
        domain.getResourceSet().getResources().add(resource);
    }

    @Test
    void labelsComeFromTheEditBundle() {
        IItemLabelProvider labels = (IItemLabelProvider) adapters.adapt(crew, IItemLabelProvider.class);
        assertEquals("Touchpoint Crew arrives", labels.getText(crew));
        assertTrue(labels.getImage(crew) != null, "an icon is provided");
        IItemLabelProvider promiseLabels = (IItemLabelProvider) adapters.adapt(f.createBrandPromise(), IItemLabelProvider.class);
        assertEquals("Brand Promise", promiseLabels.getText(f.createBrandPromise()));
    }

    @Test
    void touchpointPropertiesIncludeOwnerAndSupporters() {
        IItemPropertySource source = (IItemPropertySource) adapters.adapt(crew, IItemPropertySource.class);
        List<String> names = source.getPropertyDescriptors(crew).stream().map(d -> d.getDisplayName(crew)).toList();
        assertTrue(names.containsAll(List.of("Name", "Owner", "Supporters", "Channel", "Moment Of Truth")), names.toString());
        IItemPropertyDescriptor owner = source.getPropertyDescriptor(crew, TouchlinePackage.Literals.TOUCHPOINT__OWNER.getName());
        Collection<?> choices = owner.getChoiceOfValues(crew);
        assertTrue(choices.contains(fieldOps), "the owner can be chosen among the model's departments");
    }

    @Test
    void settingTheOwnerUndoesAndRedoes() {
        Command set = SetCommand.create(domain, crew, TouchlinePackage.Literals.TOUCHPOINT__OWNER, fieldOps);
        assertTrue(set.canExecute());
        domain.getCommandStack().execute(set);
        assertSame(fieldOps, crew.getOwner());
        assertTrue(fieldOps.getOwnedTouchpoints().contains(crew), "the inverse reference follows");
        domain.getCommandStack().undo();
        assertNull(crew.getOwner());
        assertFalse(fieldOps.getOwnedTouchpoints().contains(crew));
        domain.getCommandStack().redo();
        assertSame(fieldOps, crew.getOwner());
    }

    @Test
    void addingAndDeletingATouchpointUndo() {
        Touchpoint added = f.createTouchpoint();
        domain.getCommandStack().execute(AddCommand.create(domain, stage, TouchlinePackage.Literals.STAGE__TOUCHPOINTS, added));
        assertEquals(2, stage.getTouchpoints().size());
        crew.setOwner(fieldOps);
        domain.getCommandStack().execute(DeleteCommand.create(domain, crew));
        assertEquals(List.of(added), stage.getTouchpoints());
        assertTrue(fieldOps.getOwnedTouchpoints().isEmpty(), "delete removes references to the deleted touchpoint");
        domain.getCommandStack().undo();
        assertEquals(List.of(crew, added), stage.getTouchpoints());
        assertSame(fieldOps, crew.getOwner());
        domain.getCommandStack().undo();
        assertEquals(List.of(crew), stage.getTouchpoints());
    }
}
