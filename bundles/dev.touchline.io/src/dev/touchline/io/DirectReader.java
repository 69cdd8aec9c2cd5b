package dev.touchline.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
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
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import dev.touchline.model.JourneyModel;
import dev.touchline.model.TouchlinePackage;

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

    private record Shape(Map<String, EAttribute> attributes, Map<String, EReference> links,
            Map<String, EReference> children, EAttribute id) {

        static Shape of(EClass eClass) {
            return SHAPES.computeIfAbsent(eClass, Shape::compute);
        }

        private static Shape compute(EClass eClass) {
            Map<String, EAttribute> attributes = new HashMap<>();
            Map<String, EReference> links = new HashMap<>();
            Map<String, EReference> children = new HashMap<>();
            for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
                // what EMF would not write: the reader does not accept it either
                if (feature.isTransient() || feature.isDerived() || !feature.isChangeable()) {
                    continue;
                }
                if (feature instanceof EAttribute attribute && !attribute.isMany()) {
                    attributes.put(attribute.getName(), attribute);
                } else if (feature instanceof EReference reference && !reference.isContainer()) {
                    if (!reference.isContainment()) {
                        links.put(reference.getName(), reference);
                    } else if (reference.isMany() && !reference.getEReferenceType().isAbstract()) {
                        children.put(reference.getName(), reference);
                    }
                }
            }
            return new Shape(attributes, links, children, eClass.getEIDAttribute());
        }
    }

    /** A reference as written: resolved once every element exists. */
    private record Link(EObject owner, EReference reference, String ids) {
    }

    private final Map<String, EObject> ids = new HashMap<>();
    private final List<Link> links = new ArrayList<>();
    private EObject[] open = new EObject[16];
    private int depth;
    private EObject root;

    private DirectReader() {
    }

    /**
     * The model in {@code in}, or {@code null} when the file is not in the shape this reader
     * takes (see the class comment) or cannot be read: never throws, the generic reader then
     * says what is wrong.
     */
    static JourneyModel read(InputStream in) {
        DirectReader reader = new DirectReader();
        SAXParser parser = PARSERS.get();
        try {
            parser.parse(in, reader);
            return reader.resolve() ? (JourneyModel) reader.root : null;
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
            EClassifier type = TouchlinePackage.eINSTANCE.getEClassifier(localName);
            if (type != TouchlinePackage.Literals.JOURNEY_MODEL) {
                throw OutOfShape.INSTANCE;
            }
            element = root = EcoreUtil.create((EClass) type);
        } else {
            EObject parent = open[depth - 1];
            EReference feature = uri.isEmpty() ? Shape.of(parent.eClass()).children().get(localName) : null;
            if (feature == null) {
                throw OutOfShape.INSTANCE;
            }
            element = EcoreUtil.create(feature.getEReferenceType());
            @SuppressWarnings("unchecked")
            InternalEList<EObject> list = (InternalEList<EObject>) parent.eGet(feature);
            list.addUnique(element);
        }
        setAttributes(element, attributes);
        if (depth == open.length) {
            open = java.util.Arrays.copyOf(open, depth * 2);
        }
        open[depth++] = element;
    }

    private void setAttributes(EObject element, Attributes attributes) throws SAXException {
        Shape shape = Shape.of(element.eClass());
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
            EAttribute attribute = shape.attributes().get(name);
            if (attribute != null) {
                element.eSet(attribute, convert(attribute, value));
                if (attribute == shape.id() && ids.putIfAbsent(value, element) != null) {
                    throw OutOfShape.INSTANCE; // an id used twice: the generic reader says where
                }
                continue;
            }
            EReference reference = shape.links().get(name);
            if (reference == null) {
                throw OutOfShape.INSTANCE;
            }
            links.add(new Link(element, reference, value));
        }
    }

    private static Object convert(EAttribute attribute, String value) throws SAXException {
        EDataType type = attribute.getEAttributeType();
        if (type == EcorePackage.Literals.ESTRING) {
            return value;
        }
        Object converted = EcoreUtil.createFromString(type, value);
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
            if (!Character.isWhitespace(ch[i])) {
                throw OutOfShape.INSTANCE; // text where Touchline writes none
            }
        }
    }

    /** Sets every reference, in file order; false when one is outside the shape. */
    private boolean resolve() {
        for (Link link : links) {
            EReference reference = link.reference();
            if (!reference.isMany()) {
                EObject target = target(reference, link.ids());
                if (target == null) {
                    return false;
                }
                link.owner().eSet(reference, target);
                continue;
            }
            @SuppressWarnings("unchecked")
            InternalEList<EObject> list = (InternalEList<EObject>) link.owner().eGet(reference);
            String written = link.ids();
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
        if (id.isEmpty() || id.indexOf('#') >= 0 || id.indexOf('/') >= 0 || id.indexOf('?') >= 0
                || id.indexOf(':') >= 0 || id.indexOf(' ') >= 0) {
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
            return factory.newSAXParser();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the platform's XML parser cannot be configured safely", e);
        }
    }
}
