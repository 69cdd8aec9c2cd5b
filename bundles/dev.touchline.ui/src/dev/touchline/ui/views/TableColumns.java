package dev.touchline.ui.views;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;

/** A table column whose text (and optional icon) is read off the row object. */
final class TableColumns {

    private TableColumns() {
    }

    static <T> TableViewerColumn add(TableViewer viewer, String title, int width, Class<T> rowType,
            Function<T, String> text, Function<T, Image> image) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(rowType.cast(element));
            }

            @Override
            public Image getImage(Object element) {
                return image.apply(rowType.cast(element));
            }
        });
        return column;
    }
}
