package dev.touchline.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import dev.touchline.model.JourneyModel;
import dev.touchline.model.TouchlinePackage;
import dev.touchline.model.util.TouchlineResource;

/**
 * Reads a model file in the shape Touchline writes it straight into model objects: one SAX pass
 * that creates each element and converts its attributes, then one pass over the references,
 * resolved by id. EMF's generic XMI handler does far more per element (namespace and type
 * look-ups, feature maps, extended metadata, proxies), which made loading cost three to four
 * times the XML parse itself.
 * <p>
 * The shape it reads: one {@code JourneyModel} root in Touchline's namespace, contained elements
 * as child elements named by their feature, every value an XML attribute named by its feature,
 * references as ids of elements in the file. Anything else (an attribute or element this
 * version does not know, a type annotation, a value that does not convert, a number that is not
 * a number, an id used twice, a reference that names nothing or links to another document,
 * malformed XML) makes it give up and return {@code null}: {@link ModelFiles#load} then reads the
 * file with EMF's generic loader, which keeps unknown data and reports every error with its line.
 * So files outside the shape load exactly as before, only the usual case is fast; the
 * differential tests and fuzzing check that both readers give equal models.
 */
final class DirectReader extends DefaultHandler {

    private static final String XMI_NAMESPACE = "http://www.omg.org/XMI";

    private static final ThreadLocal<SAXParser> PARSERS = ThreadLocal.withInitial(DirectReader::newParser);

    /** The features of each class, by the name they have in files. */
    private static final Map<EClass, Shape> SHAPES = new java.util.concurrent.ConcurrentHashMap<>();

    /** Why the reader gave up; cheap to throw (no stack trace), never shown to anyone. */
    private static final class OutOfShape extends SAXException {
        private static final long serialVersionUID = 1L;
        static final OutOfShape INSTANCE = new OutOfShape();

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    /** A feature as it appears in files, with what setting it needs at hand. */
    private static final class Slot {
        final String name;
        final EStructuralFeature feature;
        final int featureId;
        /** For attributes: the data type and the factory that converts it; for children: the factory of their class. */
        final EDataType type;
        final EFactory factory;
        final boolean id;

        Slot(EClass owner, EStructuralFeature feature) {
            this.name = feature.getName().intern();
            this.feature = feature;
            this.featureId = owner.getFeatureID(feature);
            this.type = feature instanceof EAttribute a ? a.getEAttributeType() : null;
            this.factory = (feature instanceof EAttribute ? type : ((EReference) feature).getEReferenceType())
                    .getEPackage().getEFactoryInstance();
            this.id = feature == owner.getEIDAttribute();
        }
    }

    /** The features of a class that files hold: attributes and references as XML attributes, children as elements. */
    private record Shape(Slot[] values, Slot[] children) {

        static Shape of(EClass eClass) {
            return SHAPES.computeIfAbsent(eClass, Shape::compute);
        }

        private static Shape compute(EClass eClass) {
            List<Slot> values = new ArrayList<>();
            List<Slot> children = new ArrayList<>();
            for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
                // what EMF would not write, the reader does not accept either
                if (feature.isTransient() || feature.isDerived() || !feature.isChangeable()) {
                    continue;
                }
                if (feature instanceof EAttribute attribute && !attribute.isMany()
                        || feature instanceof EReference reference && !reference.isContainment() && !reference.isContainer()) {
                    values.add(new Slot(eClass, feature));
                } else if (feature instanceof EReference reference && reference.isContainment() && reference.isMany()
                        && !reference.getEReferenceType().isAbstract()) {
                    children.add(new Slot(eClass, feature));
                }
            }
            return new Shape(values.toArray(Slot[]::new), children.toArray(Slot[]::new));
        }

        /**
         * The index of the slot named {@code name}, or -1. Touchline writes a class's attributes
         * in the order of its features, so the search starts after the previous match ({@code from})
         * and usually ends at once; XML parsers hand out interned names, so identity is tried first.
         */
        static int find(Slot[] slots, String name, int from) {
            for (int i = from, n = slots.length; i < n; i++) {
                if (slots[i].name == name) {
                    return i;
                }
            }
            for (int i = 0; i < slots.length; i++) {
                if (slots[i].name.equals(name)) {
                    return i;
                }
            }
            return -1;
        }
    }

    private final Map<String, EObject> ids;

    /*
     * References as written, in file order, resolved once every element exists. Kept in three
     * arrays, with equal texts shared, rather than as an object per reference: they live until the
     * end of the file, so at 100,000 touchpoints the collector copied half a million of them (and
     * their texts) while the model was being built.
     */
    private InternalEObject[] linkOwners = new InternalEObject[256];
    private Slot[] linkSlots = new Slot[256];
    private String[] linkTexts = new String[256];
    private int links;

    /**
     * Recently read values, by data type and text (direct-mapped, so bounded): equal values are
     * shared instead of each element keeping its own copy. Models repeat themselves (targets,
     * dates, sources, names), and every value the model holds is immutable. At 100,000
     * touchpoints this keeps about 600,000 fewer objects alive.
     */
    private static final int SHARED = 4096;
    private final EDataType[] sharedTypes = new EDataType[SHARED];
    private final String[] sharedTexts = new String[SHARED];
    private final Object[] sharedValues = new Object[SHARED];
    private EObject[] open = new EObject[16];
    private int depth;
    private EObject root;

    /** Where the parser is: tells the declared XML version. */
    private org.xml.sax.Locator locator;

    @Override
    public void setDocumentLocator(org.xml.sax.Locator locator) {
        this.locator = locator;
    }

    private DirectReader(int expectedElements) {
        ids = new HashMap<>(Math.max(16, expectedElements * 4 / 3));
    }

    /**
     * The model in {@code in}, or {@code null} when the file is not in the shape this reader
     * takes (see the class comment) or cannot be read: never throws, the generic reader then
     * says what is wrong. {@code size} (the file's size in bytes, or 0) sizes the id index. The
     * model is added to {@code resource} with the id index built while reading.
     */
    static JourneyModel read(InputStream in, long size, TouchlineResource resource) {
        // Touchline writes about 150 bytes per element
        DirectReader reader = new DirectReader((int) Math.min(size / 150, 1 << 24));
        SAXParser parser = PARSERS.get();
        try {
            parser.parse(in, reader);
            if (!reader.resolve()) {
                return null;
            }
            resource.addIndexed(reader.root, reader.ids);
            return (JourneyModel) reader.root;
        } catch (IOException | SAXException | RuntimeException e) {
            // malformed XML, a value that does not convert, anything else outside the shape
            return null;
        } finally {
            parser.reset();
        }
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        EObject element;
        if (depth == 0) {
            if (root != null || !TouchlinePackage.eNS_URI.equals(uri)) {
                throw OutOfShape.INSTANCE;
            }
            // Touchline writes XML 1.0; XML 1.1 lets control characters in as references, which the
            // generic reader refuses by the save's rule (ModelFiles.textProblem), with the line
            if (!(locator instanceof org.xml.sax.ext.Locator2 l) || !"1.0".equals(l.getXMLVersion())) {
                throw OutOfShape.INSTANCE;
            }
            EClassifier type = TouchlinePackage.eINSTANCE.getEClassifier(localName);
            if (type != TouchlinePackage.Literals.JOURNEY_MODEL) {
                throw OutOfShape.INSTANCE;
            }
            element = root = EcoreUtil.create((EClass) type);
        } else {
            InternalEObject parent = (InternalEObject) open[depth - 1];
            Slot[] children = Shape.of(parent.eClass()).children();
            int index = uri.isEmpty() ? Shape.find(children, localName, 0) : -1;
            if (index < 0) {
                throw OutOfShape.INSTANCE;
            }
            Slot slot = children[index];
            element = slot.factory.create(((EReference) slot.feature).getEReferenceType());
            @SuppressWarnings("unchecked")
            InternalEList<EObject> list = (InternalEList<EObject>) parent.eGet(slot.featureId, false, true);
            list.addUnique(element);
        }
        setAttributes(element, attributes);
        if (depth >= dev.touchline.model.util.TouchlineResourceFactory.MAX_ELEMENT_DEPTH) {
            throw OutOfShape.INSTANCE; // the generic reader, with the same limit, says where
        }
        if (depth == open.length) {
            open = Arrays.copyOf(open, depth * 2);
        }
        open[depth++] = element;
    }

    private void setAttributes(EObject object, Attributes attributes) throws SAXException {
        InternalEObject element = (InternalEObject) object;
        Slot[] slots = Shape.of(element.eClass()).values();
        int next = 0;
        for (int i = 0, n = attributes.getLength(); i < n; i++) {
            String name = attributes.getLocalName(i);
            String value = attributes.getValue(i);
            if (!attributes.getURI(i).isEmpty()) {
                if (element == root && depth == 0 && XMI_NAMESPACE.equals(attributes.getURI(i))
                        && "version".equals(name)) {
                    continue;
                }
                throw OutOfShape.INSTANCE;
            }
            int index = Shape.find(slots, name, next);
            if (index < 0) {
                throw OutOfShape.INSTANCE;
            }
            next = index + 1;
            Slot slot = slots[index];
            if (slot.type == null) {
                addLink(element, slot, value);
                continue;
            }
            if (slot.id) {
                if (!dev.touchline.model.util.ElementIds.isValid(value)) {
                    throw OutOfShape.INSTANCE; // the generic reader names the id and its line
                }
                element.eSet(slot.featureId, value);
                if (ids.putIfAbsent(value, element) != null) {
                    throw OutOfShape.INSTANCE; // an id used twice: the generic reader says where
                }
                continue;
            }
            element.eSet(slot.featureId, shared(slot, value));
        }
    }

    private void addLink(InternalEObject owner, Slot slot, String text) throws SAXException {
        if (links == linkOwners.length) {
            linkOwners = Arrays.copyOf(linkOwners, links * 2);
            linkSlots = Arrays.copyOf(linkSlots, links * 2);
            linkTexts = Arrays.copyOf(linkTexts, links * 2);
        }
        linkOwners[links] = owner;
        linkSlots[links] = slot;
        linkTexts[links] = (String) shared(null, text);
        links++;
    }

    /** The value {@code text} stands for in {@code slot} (the text itself for references), shared with an equal one read recently. */
    private Object shared(Slot slot, String text) throws SAXException {
        EDataType type = slot == null ? null : slot.type;
        int i = (text.hashCode() * 31 + (type == null ? 0 : type.getClassifierID() + 1)) & (SHARED - 1);
        if (sharedTypes[i] == type && text.equals(sharedTexts[i])) {
            return sharedValues[i];
        }
        Object value = slot == null ? text : convert(slot, text);
        sharedTypes[i] = type;
        sharedTexts[i] = text;
        sharedValues[i] = value;
        return value;
    }

    private static Object convert(Slot slot, String value) throws SAXException {
        if (slot.type == EcorePackage.Literals.ESTRING) {
            return value;
        }
        Object converted = slot.factory.createFromString(slot.type, value);
        if (converted instanceof Double number && (number.isNaN() || number.isInfinite())) {
            throw OutOfShape.INSTANCE;
        }
        return converted;
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        open[--depth] = null;
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        for (int i = start, end = start + length; i < end; i++) {
            char c = ch[i];
            if (c != ' ' && c != '\n' && c != '\t' && c != '\r') {
                throw OutOfShape.INSTANCE; // text (not XML white space) where Touchline writes none
            }
        }
    }

    /** Sets every reference, in file order; false when one is outside the shape. */
    private boolean resolve() {
        for (int l = 0; l < links; l++) {
            InternalEObject owner = linkOwners[l];
            Slot slot = linkSlots[l];
            EReference reference = (EReference) slot.feature;
            if (!reference.isMany()) {
                EObject target = target(reference, linkTexts[l]);
                if (target == null) {
                    return false;
                }
                owner.eSet(slot.featureId, target);
                continue;
            }
            @SuppressWarnings("unchecked")
            InternalEList<EObject> list = (InternalEList<EObject>) owner.eGet(slot.featureId, false, true);
            String written = linkTexts[l];
            for (int start = 0, end; start <= written.length(); start = end + 1) {
                end = written.indexOf(' ', start);
                if (end < 0) {
                    end = written.length();
                }
                EObject target = target(reference, written.substring(start, end));
                if (target == null || list.contains(target)) {
                    return false;
                }
                list.addUnique(target);
            }
        }
        return true;
    }

    /**
     * The element {@code id} names, when it is a plain id of an element of the right type in this
     * file; {@code null} for anything EMF would read otherwise (a URI, a path fragment, an empty
     * or unknown id).
     */
    private EObject target(EReference reference, String id) {
        if (!dev.touchline.model.util.ElementIds.isValid(id)) {
            return null;
        }
        EObject target = ids.get(id);
        return target != null && reference.getEReferenceType().isInstance(target) ? target : null;
    }

    private static SAXParser newParser() {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setValidating(false);
            // the same refusals as the generic loader: no DOCTYPE, so no entities of any kind
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            javax.xml.parsers.SAXParser parser = factory.newSAXParser();
            for (var limit : dev.touchline.model.util.TouchlineResourceFactory.parserLimits().entrySet()) {
                parser.setProperty(limit.getKey(), limit.getValue());
            }
            return parser;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the platform's XML parser cannot be configured safely", e);
        }
    }
}
