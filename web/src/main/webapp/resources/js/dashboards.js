/* Tooltips of the dashboards' charts (p:chart extender): a rate with its numerator and denominator. */
function gatehouseReoffendingChart() {
    var options = this.cfg.config.options;
    options.plugins = options.plugins || {};
    options.plugins.legend = {
        labels: {
            filter: function (item, data) {
                return !data.datasets[item.datasetIndex].band;
            }
        }
    };
    options.plugins.tooltip = {
        filter: function (item) {
            return !item.dataset.band;
        },
        callbacks: {
            label: function (item) {
                var set = item.dataset;
                var text = set.label + ': ' + item.formattedValue + '%';
                if (set.reoffenders && set.reoffenders[item.dataIndex] != null) {
                    text += ' = ' + set.reoffenders[item.dataIndex] + ' reoffenders / '
                        + set.measurable[item.dataIndex] + ' measurable';
                }
                return text;
            },
            footer: function () {
                return 'One-year proven reoffending rate: measurable members with a proven reoffence '
                    + 'within 365 days of release (proven within a further 182), over measurable members.';
            }
        }
    };
}

/* The service-level chart's tooltips (p:chart extender): a rate with its numerator, denominator and target. */
function gatehouseServiceLevelChart() {
    var options = this.cfg.config.options;
    options.plugins = options.plugins || {};
    options.plugins.tooltip = {
        callbacks: {
            label: function (item) {
                var set = item.dataset;
                var text = item.label + ': ' + item.formattedValue + '%';
                if (set.numerators[item.dataIndex] != null) {
                    text += ' = ' + set.numerators[item.dataIndex] + ' / ' + set.denominators[item.dataIndex];
                }
                return text + ' (target: ' + set.targets[item.dataIndex] + ')';
            }
        }
    };
}
