package dev.touchline.ui.properties;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.dialogs.ListSelectionDialog;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;

import dev.touchline.map.commands.JourneyMapCommands;
import dev.touchline.model.util.Texts;

/**
 * Properties view support from the EMF.Edit property descriptors: every attribute and reference
 * of the selection is shown and edited (many references through a list of check boxes); edits go
 * through the descriptors, which execute a SetCommand on the editing domain, so they undo like map
 * edits. Text is cleaned of control characters as it is entered; numbers are checked before they
 * reach the model.
 */
public final class ModelPropertySourceProvider implements IPropertySourceProvider {

    private final AdapterFactory adapterFactory;
    private final EditingDomain domain;

    /** Properties of the elements of {@code domain}'s model; every edit is a command on its stack. */
    public ModelPropertySourceProvider(AdapterFactory adapterFactory, EditingDomain domain) {
        this.adapterFactory = adapterFactory;
        this.domain = domain;
    }

    @Override
    public IPropertySource getPropertySource(Object object) {
        if (!(object instanceof EObject element)) {
            return null;
        }
        IItemPropertySource source = (IItemPropertySource) adapterFactory.adapt(element, IItemPropertySource.class);
        return source == null ? null : new Source(element, source, domain);
    }

    private static final class Source implements IPropertySource {
        private final EObject element;
        private final IItemPropertySource source;
        private final EditingDomain domain;

        Source(EObject element, IItemPropertySource source, EditingDomain domain) {
            this.element = element;
            this.source = source;
            this.domain = domain;
        }

        @Override
        public Object getEditableValue() {
            return element;
        }

        @Override
        public IPropertyDescriptor[] getPropertyDescriptors() {
            List<IPropertyDescriptor> result = new ArrayList<>();
            for (IItemPropertyDescriptor descriptor : source.getPropertyDescriptors(element)) {
                result.add(new Descriptor(element, descriptor));
            }
            return result.toArray(IPropertyDescriptor[]::new);
        }

        @Override
        public Object getPropertyValue(Object id) {
            IItemPropertyDescriptor descriptor = source.getPropertyDescriptor(element, id);
            Object value = descriptor.getPropertyValue(element);
            return value instanceof ItemPropertyDescriptor.PropertyValueWrapper wrapper
                    ? wrapper.getEditableValue(element) : value;
        }

        @Override
        public boolean isPropertySet(Object id) {
            return source.getPropertyDescriptor(element, id).isPropertySet(element);
        }

        @Override
        public void resetPropertyValue(Object id) {
            if (element.eResource() == null) {
                return; // not in the model (deleted, or the Catalogues view's prototype): see setPropertyValue
            }
            IItemPropertyDescriptor descriptor = source.getPropertyDescriptor(element, id);
            execute(JourneyMapCommands.set(domain, element, (EStructuralFeature) descriptor.getFeature(element),
                    SetCommand.UNSET_VALUE));
        }

        @Override
        public void setPropertyValue(Object id, Object value) {
            if (element.eResource() == null) {
                // deleted while the page still showed it: an edit here would be on no command
                // stack, and Undo would bring the element back under the edited name
                return;
            }
            IItemPropertyDescriptor descriptor = source.getPropertyDescriptor(element, id);
            Object clean = value instanceof String text ? Texts.clean(text) : value;
            if (descriptor.getFeature(element) == dev.touchline.model.TouchlinePackage.Literals.ELEMENT__ID
                    && clean instanceof String newId && !acceptId(element, newId)) {
                return;
            }
            Object current = getPropertyValue(id);
            if (clean == null ? current != null : !clean.equals(current)) {
                // the command, not the descriptor's own set: that one sets the value directly,
                // past the command stack, wherever it finds no editing domain, and is labelled "Set"
                execute(JourneyMapCommands.set(domain, element, (EStructuralFeature) descriptor.getFeature(element),
                        clean));
            }
        }

        private void execute(Command command) {
            if (command.canExecute()) {
                domain.getCommandStack().execute(command);
            }
        }
    }

    /**
     * Whether a new id typed in Properties can be taken: one that nothing could refer to (a space,
     * '#', ...) or that another element already has is refused with a message, since the file
     * would not load again.
     */
    static boolean acceptId(EObject element, String id) {
        String problem = dev.touchline.model.util.ElementIds.problem(id);
        EObject other = problem == null && element.eResource() != null ? element.eResource().getEObject(id) : null;
        if (problem == null && (other == null || other == element)) {
            return true;
        }
        String why = problem != null ? "it " + problem
                : "it is already the id of " + dev.touchline.model.util.ElementPaths.path(other);
        dev.touchline.ui.editor.UserPrompts.current().error(org.eclipse.swt.widgets.Display.getCurrent()
                .getActiveShell(), "Id not changed", "'" + id + "' cannot be the id of "
                        + dev.touchline.model.util.ElementPaths.path(element) + ": " + why
                        + ". Letters, digits, '-', '_' and '.' are safe.");
        return false;
    }

    private static final class Descriptor implements IPropertyDescriptor {
        private final EObject element;
        private final IItemPropertyDescriptor descriptor;

        Descriptor(EObject element, IItemPropertyDescriptor descriptor) {
            this.element = element;
            this.descriptor = descriptor;
        }

        @Override
        public CellEditor createPropertyEditor(Composite parent) {
            if (!descriptor.canSetProperty(element)) {
                return null;
            }
            Object feature = descriptor.getFeature(element);
            Collection<?> choices = descriptor.getChoiceOfValues(element);
            if (descriptor.isMany(element)) {
                if (!(feature instanceof EReference) || choices == null) {
                    return null;
                }
                return new ManyChoicesCellEditor(parent, new ArrayList<>(choices), descriptor.getLabelProvider(element),
                        descriptor.getDisplayName(element));
            }
            if (choices != null) {
                List<Object> offered = new ArrayList<>(choices);
                offered.removeIf(c -> !JourneyMapCommands.canSet(element, (EStructuralFeature) feature, c));
                return new ChoiceCellEditor(parent, offered, descriptor.getLabelProvider(element));
            }
            if (feature instanceof EAttribute attribute) {
                EDataType type = attribute.getEAttributeType();
                if (type.getInstanceClass() == boolean.class || type.getInstanceClass() == Boolean.class) {
                    return new ChoiceCellEditor(parent, List.of(Boolean.TRUE, Boolean.FALSE),
                            descriptor.getLabelProvider(element));
                }
                return new ValueCellEditor(parent, attribute);
            }
            return null;
        }

        @Override
        public String getCategory() {
            return descriptor.getCategory(element);
        }

        @Override
        public String getDescription() {
            return descriptor.getDescription(element);
        }

        @Override
        public String getDisplayName() {
            return descriptor.getDisplayName(element);
        }

        @Override
        public String[] getFilterFlags() {
            return descriptor.getFilterFlags(element);
        }

        @Override
        public Object getHelpContextIds() {
            return null;
        }

        @Override
        public Object getId() {
            return descriptor.getId(element);
        }

        @Override
        public ILabelProvider getLabelProvider() {
            return new LabelProvider() {
                @Override
                public String getText(Object value) {
                    return descriptor.getLabelProvider(element).getText(value);
                }
            };
        }

        @Override
        public boolean isCompatibleWith(IPropertyDescriptor other) {
            return other instanceof Descriptor d && d.descriptor.getFeature(d.element) == descriptor.getFeature(element);
        }
    }

    /** A drop-down over the descriptor's choices (enum literals, referenced elements, yes/no). */
    private static final class ChoiceCellEditor extends ComboBoxCellEditor {
        private final List<Object> choices;

        ChoiceCellEditor(Composite parent, List<Object> choices,
                org.eclipse.emf.edit.provider.IItemLabelProvider labels) {
            super(parent, labels(choices, labels), SWT.READ_ONLY);
            this.choices = choices;
        }

        private static String[] labels(List<Object> choices, org.eclipse.emf.edit.provider.IItemLabelProvider labels) {
            return choices.stream().map(c -> c == null ? "" : labels.getText(c)).toArray(String[]::new);
        }

        @Override
        protected Object doGetValue() {
            int index = (Integer) super.doGetValue();
            return index >= 0 && index < choices.size() ? choices.get(index) : null;
        }

        @Override
        protected void doSetValue(Object value) {
            super.doSetValue(Math.max(0, choices.indexOf(value)));
        }
    }

    /**
     * Many references (a touchpoint's supporting departments, the promises it delivers): the
     * current ones as text, and a button opening a list of check boxes over the choices. The new
     * value keeps the choices' order.
     */
    private static final class ManyChoicesCellEditor extends DialogCellEditor {
        private final List<Object> choices;
        private final org.eclipse.emf.edit.provider.IItemLabelProvider labels;
        private final String name;

        ManyChoicesCellEditor(Composite parent, List<Object> choices,
                org.eclipse.emf.edit.provider.IItemLabelProvider labels, String name) {
            super(parent);
            this.choices = choices;
            this.labels = labels;
            this.name = name;
        }

        @Override
        protected Object openDialogBox(Control cellEditorWindow) {
            Object current = getValue();
            ListSelectionDialog dialog = ListSelectionDialog.of(choices)
                    .contentProvider(ArrayContentProvider.getInstance())
                    .labelProvider(new LabelProvider() {
                        @Override
                        public String getText(Object element) {
                            return labels.getText(element);
                        }
                    })
                    .title(name)
                    .message("Choose the " + name.toLowerCase(java.util.Locale.ROOT) + ":")
                    .preselect(current instanceof Collection<?> values ? values.toArray() : new Object[0])
                    .create(cellEditorWindow.getShell());
            if (dialog.open() != Window.OK) {
                return null;
            }
            List<Object> chosen = List.of(dialog.getResult());
            return choices.stream().filter(chosen::contains).toList();
        }

        @Override
        protected void updateContents(Object value) {
            if (getDefaultLabel() != null && !getDefaultLabel().isDisposed()) {
                getDefaultLabel().setText(value == null ? "" : labels.getText(value));
            }
        }
    }

    /** Text for strings and numbers; a number that does not parse is refused with a message. */
    private static final class ValueCellEditor extends TextCellEditor {
        private final EAttribute attribute;

        ValueCellEditor(Composite parent, EAttribute attribute) {
            super(parent);
            this.attribute = attribute;
            setValidator(value -> {
                try {
                    convert((String) value);
                    return null;
                } catch (RuntimeException e) {
                    return "'" + value + "' is not a valid " + attribute.getEAttributeType().getName() + " for "
                            + attribute.getName();
                }
            });
        }

        private Object convert(String text) {
            EStructuralFeature feature = attribute;
            if (text.isBlank() && !feature.isRequired() && !attribute.getEAttributeType().getInstanceClass()
                    .isPrimitive()) {
                return attribute.getEAttributeType().getInstanceClass() == String.class ? text : null;
            }
            Object value = EcoreUtil.createFromString(attribute.getEAttributeType(), text.strip());
            if (value instanceof Double d && (d.isNaN() || d.isInfinite())) {
                throw new IllegalArgumentException("not a finite number");
            }
            return value;
        }

        @Override
        protected Object doGetValue() {
            String text = (String) super.doGetValue();
            return attribute.getEAttributeType().getInstanceClass() == String.class ? text : convert(text);
        }

        @Override
        protected void doSetValue(Object value) {
            super.doSetValue(value == null ? "" : EcoreUtil.convertToString(attribute.getEAttributeType(), value));
        }
    }
}
