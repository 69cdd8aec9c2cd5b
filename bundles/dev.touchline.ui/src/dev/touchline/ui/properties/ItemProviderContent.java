package dev.touchline.ui.properties;

import java.net.URL;
import java.util.Collection;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Control;

/**
 * Tree content and labels straight from the EMF.Edit item providers (the job EMF's edit.ui
 * providers do, which are not on Maven Central): children, text and icons as the generated
 * providers define them.
 */
public final class ItemProviderContent extends LabelProvider implements ITreeContentProvider {

    private final AdapterFactory adapterFactory;
    private final LocalResourceManager images;

    public ItemProviderContent(AdapterFactory adapterFactory, Control owner) {
        this.adapterFactory = adapterFactory;
        this.images = new LocalResourceManager(JFaceResources.getResources(), owner);
    }

    @Override
    public Object[] getElements(Object input) {
        if (input instanceof Resource resource) {
            return resource.getContents().toArray();
        }
        return getChildren(input);
    }

    @Override
    public Object[] getChildren(Object parent) {
        ITreeItemContentProvider provider = (ITreeItemContentProvider) adapterFactory.adapt(parent,
                ITreeItemContentProvider.class);
        Collection<?> children = provider == null ? null : provider.getChildren(parent);
        return children == null ? new Object[0] : children.toArray();
    }

    @Override
    public Object getParent(Object element) {
        ITreeItemContentProvider provider = (ITreeItemContentProvider) adapterFactory.adapt(element,
                ITreeItemContentProvider.class);
        return provider == null ? null : provider.getParent(element);
    }

    @Override
    public boolean hasChildren(Object element) {
        ITreeItemContentProvider provider = (ITreeItemContentProvider) adapterFactory.adapt(element,
                ITreeItemContentProvider.class);
        return provider != null && provider.hasChildren(element);
    }

    @Override
    public String getText(Object element) {
        IItemLabelProvider provider = (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
        return provider == null ? String.valueOf(element) : provider.getText(element);
    }

    @Override
    public Image getImage(Object element) {
        IItemLabelProvider provider = (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
        Object image = provider == null ? null : provider.getImage(element);
        return image instanceof URL url ? images.create(ImageDescriptor.createFromURL(url)) : null;
    }
}
