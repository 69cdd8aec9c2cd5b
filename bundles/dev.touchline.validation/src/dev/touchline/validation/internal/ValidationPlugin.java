package dev.touchline.validation.internal;

import org.eclipse.emf.common.EMFPlugin;
import org.eclipse.emf.common.util.ResourceLocator;

/** Finds the validation messages in this bundle's plugin.properties, inside OSGi or out. */
public final class ValidationPlugin extends EMFPlugin {

    public static final ValidationPlugin INSTANCE = new ValidationPlugin();

    private ValidationPlugin() {
        super(new ResourceLocator[0]);
    }

    @Override
    public ResourceLocator getPluginResourceLocator() {
        return null;
    }
}
