package dev.touchline.ui.wizards;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** Where the new model goes, its name, and whether it starts blank or from the sample. */
public final class NewModelPage extends WizardPage {

    private Text folder;
    private Text fileName;
    private Text modelName;
    private Button sample;

    private final Path startFolder;

    NewModelPage(Path startFolder) {
        super("newModel");
        this.startFolder = startFolder;
        setTitle("Touchline Model");
        setDescription("Create a journey map model: blank, or from the Northwind Movers sample as a template.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(3, false));
        new Label(body, SWT.NONE).setText("Folder:");
        folder = new Text(body, SWT.BORDER);
        folder.setText(startFolder.toString());
        folder.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button browse = new Button(body, SWT.PUSH);
        browse.setText("Browse...");
        browse.addListener(SWT.Selection, e -> {
            DirectoryDialog dialog = new DirectoryDialog(getShell());
            dialog.setFilterPath(folder.getText());
            String chosen = dialog.open();
            if (chosen != null) {
                folder.setText(chosen);
            }
        });
        new Label(body, SWT.NONE).setText("File name:");
        fileName = new Text(body, SWT.BORDER);
        fileName.setText("journeys.touchline");
        fileName.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        new Label(body, SWT.NONE).setText("Model name:");
        modelName = new Text(body, SWT.BORDER);
        modelName.setText("Customer journeys");
        modelName.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        Button blank = new Button(body, SWT.RADIO);
        blank.setText("Blank: one journey with three stages, and the standard metrics, channels and service values");
        blank.setSelection(true);
        blank.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        sample = new Button(body, SWT.RADIO);
        sample.setText("From the sample: Northwind Movers, \"Move house\" (30 touchpoints, 7 departments)");
        sample.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        folder.addListener(SWT.Modify, e -> validate());
        fileName.addListener(SWT.Modify, e -> validate());
        modelName.addListener(SWT.Modify, e -> validate());
        setControl(body);
        validate();
    }

    private void validate() {
        String problem = null;
        String name = fileName.getText().strip();
        if (!Files.isDirectory(Path.of(folder.getText().strip()))) {
            problem = "The folder does not exist.";
        } else if (name.isEmpty() || name.contains("/") || name.contains("\\")) {
            problem = "Enter a file name (without folders).";
        } else if (Files.exists(file())) {
            problem = file().getFileName() + " already exists in this folder.";
        } else if (modelName.getText().isBlank()) {
            problem = "Enter the model's name.";
        }
        setErrorMessage(problem);
        setPageComplete(problem == null);
    }

    Path file() {
        String name = fileName.getText().strip();
        if (!name.endsWith(".touchline")) {
            name += ".touchline";
        }
        return Path.of(folder.getText().strip()).resolve(name).toAbsolutePath().normalize();
    }

    String modelName() {
        return modelName.getText().strip();
    }

    boolean fromSample() {
        return sample.getSelection();
    }

    /** Fills the page as a user would type it (used by the UI tests). */
    /** The folder the page proposes (or the user typed). */
    public Path folder() {
        return Path.of(folder.getText().strip());
    }

    public void fill(Path folderPath, String file, String name, boolean fromSampleTemplate) {
        folder.setText(folderPath.toString());
        fileName.setText(file);
        modelName.setText(name);
        sample.setSelection(fromSampleTemplate);
    }
}
