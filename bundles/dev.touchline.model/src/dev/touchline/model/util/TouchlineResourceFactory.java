package dev.touchline.model.util;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIHandler;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.emf.ecore.resource.impl.URIHandlerImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;

import dev.touchline.model.TouchlinePackage;

/**
 * Creates the resources of {@code .touchline} files: XMI whose cross references are the stable
 * element ids, with the load and save options every Touchline file is read and written with.
 * Registered for the {@code touchline} extension in plugin.xml; outside OSGi register it by hand
 * (see {@link #register(ResourceSet)}).
 */
public class TouchlineResourceFactory extends XMIResourceFactoryImpl {

    /** The file extension of Touchline models. */
    public static final String EXTENSION = "touchline";

    /** Shared between loads: parsers are expensive to create, name lookups are worth caching. */
    private static final XMLParserPoolImpl PARSER_POOL = new XMLParserPoolImpl(true);
    /** EMF caches misses as null values, so this must be a map that takes nulls. */
    private static final Map<Object, Object> NAME_TO_FEATURE = Collections.synchronizedMap(new HashMap<>());

    /**
     * Registers this factory for {@code .touchline} files in the given resource set, and makes
     * the resource set follow no link out of a model: a model file is self-contained, so a
     * reference to another document ({@code owner="http://host/x#id"}) or a namespace to look up
     * must never make Touchline open a file or a network connection on its reader's behalf.
     */
    public static void register(ResourceSet resourceSet) {
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(EXTENSION, new TouchlineResourceFactory());
        resourceSet.getPackageRegistry().put(TouchlinePackage.eNS_URI, TouchlinePackage.eINSTANCE);
        resourceSet.setURIConverter(new ExtensibleURIConverterImpl(List.of(NO_LINKS), List.of()));
    }

    /** Refuses to open anything: models are read and written through streams Touchline opens itself. */
    private static final URIHandler NO_LINKS = new URIHandlerImpl() {
        @Override
        public boolean canHandle(URI uri) {
            return true;
        }

        @Override
        public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
            throw new IOException("a model file does not refer to other documents; Touchline does not open " + uri);
        }

        @Override
        public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
            throw new IOException("Touchline writes models through its own files, not to " + uri);
        }

        @Override
        public boolean exists(URI uri, Map<?, ?> options) {
            return false;
        }
    };

    @Override
    public Resource createResource(URI uri) {
        TouchlineResource resource = new TouchlineResource(uri);
        // id -> element lookups in O(1) while resolving references and finding elements by id.
        resource.setIntrinsicIDToEObjectMap(new HashMap<>());
        resource.getDefaultLoadOptions().putAll(loadOptions());
        resource.getDefaultSaveOptions().putAll(saveOptions());
        return resource;
    }

    /**
     * The load options: pooled parsers, deferred IDREF resolution, a shared name-to-feature
     * map, and a parser that refuses any DOCTYPE, so no external entity is read and no entity
     * expansion can blow up. Attributes and elements this version does not know (written by a
     * newer Touchline, or added by hand) are recorded, not dropped, and written back on save.
     */
    public static Map<Object, Object> loadOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_USE_PARSER_POOL, PARSER_POOL);
        options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        options.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, NAME_TO_FEATURE);
        options.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
        options.put(XMLResource.OPTION_DISABLE_NOTIFY, Boolean.TRUE);
        options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.TRUE);
        // EMF would otherwise try to download an unknown namespace's package from its URI.
        options.put(XMLResource.OPTION_USE_PACKAGE_NS_URI_AS_LOCATION, Boolean.FALSE);
        options.put(XMLResource.OPTION_DEFER_ATTACHMENT, Boolean.TRUE);
        options.put(XMLResource.OPTION_USE_CACHED_LOOKUP_TABLE, new java.util.ArrayList<Object>());
        // Extended metadata lets EMF create ("demand") features for the unknown data it records.
        options.put(XMLResource.OPTION_EXTENDED_META_DATA, Boolean.TRUE);
        Map<String, Boolean> features = new HashMap<>();
        features.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE);
        features.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
        features.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
        features.put("http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE);
        options.put(XMLResource.OPTION_PARSER_FEATURES, features);
        options.put(XMLResource.OPTION_PARSER_PROPERTIES, parserLimits());
        return options;
    }

    /**
     * Limits every parser of Touchline's sets itself, whatever the JDK's defaults: JDK 25 refuses
     * elements nested more than 100 deep, JDK 21 to 23 did not (a deeply nested file loaded and
     * the next save died of a stack overflow). Names as the JDK's XML parser takes them.
     */
    public static Map<String, Object> parserLimits() {
        Map<String, Object> limits = new HashMap<>();
        limits.put("http://www.oracle.com/xml/jaxp/properties/maxElementDepth", MAX_ELEMENT_DEPTH);
        limits.put("http://www.oracle.com/xml/jaxp/properties/entityExpansionLimit", 1);
        limits.put("http://www.oracle.com/xml/jaxp/properties/elementAttributeLimit", 10_000);
        return limits;
    }

    /** How deep elements may nest in a model file; Touchline writes at most seven levels. */
    public static final int MAX_ELEMENT_DEPTH = 100;

    /** The save options: UTF-8, '\n' line ends on every platform, no schema locations. */
    public static Map<Object, Object> saveOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        options.put(XMLResource.OPTION_LINE_DELIMITER, "\n");
        options.put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);
        options.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
        options.put(XMLResource.OPTION_FLUSH_THRESHOLD, Integer.valueOf(1 << 20));
        return options;
    }
}
