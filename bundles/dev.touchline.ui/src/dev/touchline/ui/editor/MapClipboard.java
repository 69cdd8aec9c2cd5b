package dev.touchline.ui.editor;

import dev.touchline.map.commands.CopiedTouchpoints;

/**
 * What Copy put aside, shared by the map editors of the workbench (copy in one map, paste into
 * another). It holds a snapshot ({@link CopiedTouchpoints}), never live elements of a model, so
 * edits and closed editors after the copy do not change what is pasted; paste goes to the map
 * whose editor runs it. Kept in the workbench's context, one per workbench.
 */
public final class MapClipboard {

    /** The workbench's clipboard. */
    public static MapClipboard current() {
        return WorkbenchScoped.get(MapClipboard.class, MapClipboard::new, true);
    }

    private CopiedTouchpoints contents = CopiedTouchpoints.NONE;

    public CopiedTouchpoints contents() {
        return contents;
    }

    public void set(CopiedTouchpoints copied) {
        contents = copied == null ? CopiedTouchpoints.NONE : copied;
    }
}
