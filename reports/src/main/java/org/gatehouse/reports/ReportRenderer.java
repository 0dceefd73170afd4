package org.gatehouse.reports;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;
import net.sf.jasperreports.pdf.JRPdfExporter;

/**
 * Fills the report designs compiled at build time and exports them. DejaVu (bundled with the
 * application) is the default font, so reports look the same on a server with no fonts installed.
 */
@Singleton
@Lock(LockType.READ)
public class ReportRenderer {

    private static final String DESIGNS = "/org/gatehouse/reports/designs/";

    private final Map<String, JasperReport> designs = new ConcurrentHashMap<>();

    @PostConstruct
    void useBundledFonts() {
        DefaultJasperReportsContext context = DefaultJasperReportsContext.getInstance();
        context.setProperty("net.sf.jasperreports.default.font.name", "DejaVu Sans");
        context.setProperty("net.sf.jasperreports.awt.ignore.missing.font", "false");
    }

    public byte[] render(String design, Map<String, Object> parameters, List<Map<String, ?>> rows,
                         ReportFormat format) {
        try {
            JasperPrint print = JasperFillManager.fillReport(design(design), new HashMap<>(parameters),
                    new JRMapCollectionDataSource(List.copyOf(rows)));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            switch (format) {
                case PDF -> {
                    JRPdfExporter exporter = new JRPdfExporter();
                    exporter.setExporterInput(new SimpleExporterInput(print));
                    exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
                    exporter.exportReport();
                }
                case XLSX -> {
                    JRXlsxExporter exporter = new JRXlsxExporter();
                    exporter.setExporterInput(new SimpleExporterInput(print));
                    exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
                    SimpleXlsxReportConfiguration configuration = new SimpleXlsxReportConfiguration();
                    configuration.setDetectCellType(true);
                    configuration.setRemoveEmptySpaceBetweenRows(true);
                    configuration.setOnePagePerSheet(false);
                    exporter.setConfiguration(configuration);
                    exporter.exportReport();
                }
                default -> throw new IllegalArgumentException(format.name());
            }
            return out.toByteArray();
        } catch (JRException e) {
            throw new IllegalStateException("report " + design + " could not be rendered", e);
        }
    }

    private JasperReport design(String name) {
        return designs.computeIfAbsent(name, n -> {
            try (InputStream in = ReportRenderer.class.getResourceAsStream(DESIGNS + n + ".jasper")) {
                if (in == null) {
                    throw new IllegalArgumentException("no compiled report design " + n);
                }
                return (JasperReport) JRLoader.loadObject(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (JRException e) {
                throw new IllegalStateException("report design " + n + " cannot be loaded", e);
            }
        });
    }
}
