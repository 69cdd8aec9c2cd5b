package dev.touchline.model.util;

import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * The resource of a {@code .touchline} file: XMI whose elements are found by their id through
 * an index kept up to date as elements are added and removed. A reader that has already indexed
 * a whole model hands it over with {@link #addIndexed}, so the resource does not walk every
 * element once more to index it again.
 */
public class TouchlineResource extends XMIResourceImpl {

    private boolean adding;

    public TouchlineResource(URI uri) {
        super(uri);
    }

    /**
     * Makes {@code root} this resource's content, with {@code ids} (every id in the model, each
     * mapped to its element) as its index. The caller guarantees the index is complete and exact.
     */
    public void addIndexed(EObject root, Map<String, EObject> ids) {
        setIntrinsicIDToEObjectMap(ids);
        adding = true;
        try {
            getContents().add(root);
        } finally {
            adding = false;
        }
    }

    @Override
    protected boolean isAttachedDetachedHelperRequired() {
        return !adding && super.isAttachedDetachedHelperRequired();
    }
}
