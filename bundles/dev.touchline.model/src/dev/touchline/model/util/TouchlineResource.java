package dev.touchline.model.util;

import java.util.IdentityHashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.xml.sax.helpers.DefaultHandler;

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

    /** Most unknown child elements and attributes one element may hold (see {@link UnknownContentLimit}). */
    public static final int MAX_UNKNOWN_PER_ELEMENT = 1_000;

    @Override
    protected XMLLoad createXMLLoad() {
        return new XMILoadImpl(createXMLHelper()) {
            @Override
            protected DefaultHandler makeDefaultHandler() {
                return new SAXXMIHandler(resource, helper, options) {
                    private final Map<EObject, Integer> unknown = new IdentityHashMap<>();

                    @Override
                    protected void recordUnknownFeature(String prefix, String name, boolean isElement,
                            EObject peekObject, String value) {
                        if (peekObject != null && unknown.merge(peekObject, 1, Integer::sum) > MAX_UNKNOWN_PER_ELEMENT) {
                            throw new UnknownContentLimit(ElementPaths.path(peekObject), getLineNumber());
                        }
                        super.recordUnknownFeature(prefix, name, isElement, peekObject, value);
                    }
                };
            }
        };
    }

    @Override
    protected boolean isAttachedDetachedHelperRequired() {
        return !adding && super.isAttachedDetachedHelperRequired();
    }
}
