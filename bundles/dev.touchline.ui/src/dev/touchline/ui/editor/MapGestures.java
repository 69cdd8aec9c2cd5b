package dev.touchline.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;

import dev.touchline.map.JourneyMapLayout;
import dev.touchline.map.Lane;
import dev.touchline.map.MapLayout;
import dev.touchline.map.MapTips;
import dev.touchline.map.Rect;
import dev.touchline.map.commands.JourneyMapCommands;
import dev.touchline.model.Department;
import dev.touchline.model.Touchpoint;

/**
 * The map's mouse and keyboard: a click selects (Ctrl adds), a drag moves a card to another
 * stage or place, a double-click edits the text under the pointer, Ctrl+wheel zooms, arrows move
 * the selection (Shift+arrows scroll), a department dropped from the palette owns the card; the
 * tooltip under the pointer. The edits are EMF.Edit commands that the canvas's host executes;
 * the Map menu's keys (Insert, Ctrl+M, zoom) are commands in plugin.xml.
 */
final class MapGestures {

    private static final int DRAG_THRESHOLD = 4;

    private final MapCanvas canvas;
    private final MapCanvas.Host host;
    private Touchpoint pressed;
    private Point pressPoint;
    private boolean dragging;
    private MapLayout.DropTarget drop;
    private Touchpoint ownerTarget;

    MapGestures(MapCanvas canvas, MapCanvas.Host host) {
        this.canvas = canvas;
        this.host = host;
        canvas.addListener(SWT.MouseDown, this::mouseDown);
        canvas.addListener(SWT.MouseMove, this::mouseMove);
        canvas.addListener(SWT.MouseUp, this::mouseUp);
        canvas.addListener(SWT.MouseDoubleClick, this::mouseDoubleClick);
        canvas.addListener(SWT.MouseVerticalWheel, this::wheel);
        canvas.addListener(SWT.KeyDown, this::keyDown);
        canvas.addListener(SWT.MouseHover, this::hover);
    }

    /** Where the dragged card would go (drawn as feedback), or null when no card is dragged. */
    MapLayout.DropTarget dropShown() {
        return dragging ? drop : null;
    }

    /** The card a department dragged from the palette is over, or null. */
    Touchpoint ownerTarget() {
        return ownerTarget;
    }

    /** The tooltip for the point under the pointer: what a badge means, a card's details. */
    private void hover(Event e) {
        String tip = null;
        if (canvas.mapLayout() != null && pressed == null) {
            Point p = canvas.toMap(e.x, e.y);
            tip = MapTips.at(canvas.mapLayout(), host.findings(), p.x, p.y);
            // SWT takes "&" in a tooltip as a mnemonic mark: "Billing & Accounting" would lose it
            tip = tip == null ? null : Mnemonics.literal(tip);
        }
        if (!java.util.Objects.equals(tip, canvas.getToolTipText())) {
            canvas.setToolTipText(tip);
        }
    }


    // --- mouse ---------------------------------------------------------------------------------------

    private void mouseDown(Event e) {
        canvas.setFocus();
        canvas.commitEdit();
        if (canvas.mapLayout() == null || e.button > 3) {
            return;
        }
        Point p = canvas.toMap(e.x, e.y);
        // The lane titles are pinned over the map's left edge: nothing under them can be hit.
        EObject hit = e.x < JourneyMapLayout.GUTTER * canvas.zoom() ? null : canvas.mapLayout().elementAt(p.x, p.y);
        if (e.button == 3 && hit != null && canvas.selection().contains(hit)) {
            return;
        }
        if ((e.stateMask & SWT.MOD1) != 0 && hit != null) {
            List<EObject> next = new ArrayList<>(canvas.selection());
            if (!next.remove(hit)) {
                next.add(hit);
            }
            canvas.setSelection(next);
        } else {
            canvas.setSelection(hit == null ? List.of() : List.of(hit));
        }
        if (e.button == 1 && hit instanceof Touchpoint touchpoint) {
            pressed = touchpoint;
            pressPoint = new Point(e.x, e.y);
        }
    }

    private void mouseMove(Event e) {
        if (pressed == null || canvas.mapLayout() == null) {
            return;
        }
        if (!dragging && Math.abs(e.x - pressPoint.x) + Math.abs(e.y - pressPoint.y) < DRAG_THRESHOLD) {
            return;
        }
        dragging = true;
        Point p = canvas.toMap(e.x, e.y);
        drop = canvas.mapLayout().dropTargetAt(p.x, p.y, Lane.of(pressed.getVisibility()));
        canvas.setCursor(canvas.getDisplay().getSystemCursor(drop == null ? SWT.CURSOR_NO : SWT.CURSOR_HAND));
        canvas.redraw();
    }

    private void mouseUp(Event e) {
        Touchpoint moved = pressed;
        MapLayout.DropTarget target = drop;
        boolean wasDragging = dragging;
        pressed = null;
        dragging = false;
        drop = null;
        canvas.setCursor(null);
        if (wasDragging && moved != null && target != null) {
            Command command = JourneyMapCommands.moveTouchpoint(host.domain(), moved, target);
            if (command.canExecute()) {
                host.execute(command);
            }
        }
        canvas.redraw();
    }

    /** A double-click edits the text under the pointer where it is drawn (a name, a goal, customer actions). */
    private void mouseDoubleClick(Event e) {
        if (canvas.mapLayout() == null || e.button != 1) {
            return;
        }
        Point p = canvas.toMap(e.x, e.y);
        if (e.x < JourneyMapLayout.GUTTER * canvas.zoom()) {
            // The left margin is pinned to the view: its top corner holds the journey's name.
            MapLayout.TextField title = canvas.mapLayout().journeyTitle();
            if (p.y < title.bounds().bottom()) {
                Point o = canvas.origin();
                canvas.beginEdit(title, new Rect((int) (o.x / canvas.zoom()), title.bounds().y(),
                        title.bounds().width(), title.bounds().height()));
            }
            return;
        }
        MapLayout.TextField field = canvas.mapLayout().textAt(p.x, p.y);
        if (field != null) {
            canvas.beginEdit(field, field.bounds());
        }
    }

    private void wheel(Event e) {
        if ((e.stateMask & SWT.MOD1) != 0) {
            canvas.setZoom(canvas.zoom() * (e.count > 0 ? 1.15 : 1 / 1.15), e.x, e.y);
            e.doit = false;
        }
    }


    // --- department dropped from the palette -----------------------------------------------------------

    /** Feedback while a department is dragged over the map at display point {@code (x, y)}. */
    void departmentDragOver(int displayX, int displayY) {
        Touchpoint target = cardAtDisplay(displayX, displayY);
        if (target != ownerTarget) {
            ownerTarget = target;
            canvas.redraw();
        }
    }

    /** A department dropped at display point {@code (x, y)}: it becomes the owner of the card there. */
    boolean departmentDropped(Department department, int displayX, int displayY) {
        Touchpoint target = cardAtDisplay(displayX, displayY);
        ownerTarget = null;
        canvas.redraw();
        if (target == null || target.getOwner() == department) {
            return false;
        }
        host.execute(JourneyMapCommands.assignOwner(host.domain(), target, department));
        canvas.setSelection(List.of(target));
        return true;
    }

    private Touchpoint cardAtDisplay(int displayX, int displayY) {
        if (canvas.mapLayout() == null) {
            return null;
        }
        Point local = canvas.getDisplay().map(null, canvas, displayX, displayY);
        if (!canvas.getClientArea().contains(local)) {
            return null;
        }
        Point p = canvas.toMap(local.x, local.y);
        return canvas.mapLayout().elementAt(p.x, p.y) instanceof Touchpoint touchpoint ? touchpoint : null;
    }



    // --- keyboard ------------------------------------------------------------------------------------

    private void keyDown(Event e) {
        if (arrow(e.keyCode) != null && (e.stateMask & SWT.MODIFIER_MASK) == 0 && canvas.mapLayout() != null) {
            // Arrows move the selection between cards and stage headers, and bring it into view.
            List<EObject> selection = canvas.selection();
            EObject from = selection.size() == 1 ? selection.get(0) : null;
            EObject next = canvas.mapLayout().neighbour(from, arrow(e.keyCode));
            if (next != null) {
                canvas.reveal(next);
            }
        } else if (e.keyCode == SWT.ARROW_DOWN || e.keyCode == SWT.ARROW_UP) {
            // Shift+arrows scroll.
            Point o = canvas.origin();
            canvas.scrollTo(o.x, o.y + (e.keyCode == SWT.ARROW_DOWN ? 40 : -40));
        } else if (e.keyCode == SWT.ARROW_LEFT || e.keyCode == SWT.ARROW_RIGHT) {
            Point o = canvas.origin();
            canvas.scrollTo(o.x + (e.keyCode == SWT.ARROW_RIGHT ? 40 : -40), o.y);
        }
    }

    private static MapLayout.Direction arrow(int keyCode) {
        return switch (keyCode) {
            case SWT.ARROW_LEFT -> MapLayout.Direction.LEFT;
            case SWT.ARROW_RIGHT -> MapLayout.Direction.RIGHT;
            case SWT.ARROW_UP -> MapLayout.Direction.UP;
            case SWT.ARROW_DOWN -> MapLayout.Direction.DOWN;
            default -> null;
        };
    }
}
