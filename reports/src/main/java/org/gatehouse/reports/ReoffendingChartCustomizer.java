package org.gatehouse.reports;

import java.awt.BasicStroke;
import java.awt.Color;
import net.sf.jasperreports.charts.JRAbstractChartCustomizer;
import net.sf.jasperreports.charts.JRChart;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;

/**
 * The printed trend chart's look: the rate bold, its interval as thin dashed lines either side,
 * and the baseline (report parameter {@code BASELINE}, a rate in percent) as a marked line.
 */
public class ReoffendingChartCustomizer extends JRAbstractChartCustomizer {

    private static final Color RATE = new Color(47, 95, 158);
    private static final Color INTERVAL = new Color(120, 150, 195);

    @Override
    public void customize(JFreeChart chart, JRChart jasperChart) {
        CategoryPlot plot = chart.getCategoryPlot();
        CategoryItemRenderer lines = plot.getRenderer();
        lines.setSeriesPaint(0, RATE);
        lines.setSeriesStroke(0, new BasicStroke(2.5f));
        BasicStroke dashed = new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {4f, 3f}, 0f);
        for (int series = 1; series <= 2; series++) {
            lines.setSeriesPaint(series, INTERVAL);
            lines.setSeriesStroke(series, dashed);
        }
        plot.getRangeAxis().setLowerBound(0);
        if (getParameterValue("BASELINE") instanceof Double baseline) {
            ValueMarker marker = new ValueMarker(baseline, new Color(176, 58, 46), new BasicStroke(1.5f,
                    BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 4f}, 0f));
            marker.setLabel("Baseline " + baseline + "%");
            marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            marker.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
            plot.addRangeMarker(marker);
            if (plot.getRangeAxis().getUpperBound() < baseline + 5) {
                plot.getRangeAxis().setUpperBound(baseline + 5);
            }
        }
    }
}
