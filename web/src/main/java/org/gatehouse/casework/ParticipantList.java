package org.gatehouse.casework;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The participant list screen: a lazily loaded, sortable, filterable page of the agency's participants. */
@Named
@ViewScoped
public class ParticipantList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ParticipantRegistry registry;

    /** Made again after the view is restored from a serialised session: it keeps a page of entities. */
    private transient LazyDataModel<Participant> participants;

    public LazyDataModel<Participant> getParticipants() {
        if (participants == null) {
            participants = model();
        }
        return participants;
    }

    private LazyDataModel<Participant> model() {
        return new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) registry.count(filter(filterBy));
            }

            @Override
            public List<Participant> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                          Map<String, FilterMeta> filterBy) {
                ParticipantSort sort = ParticipantSort.FAMILY_NAME;
                boolean ascending = true;
                for (SortMeta meta : sortBy.values()) {
                    sort = sortOf(meta.getField());
                    ascending = meta.getOrder() != SortOrder.DESCENDING;
                    break;
                }
                return registry.list(filter(filterBy), sort, ascending, first, pageSize);
            }

            @Override
            public String getRowKey(Participant participant) {
                return String.valueOf(participant.getId());
            }

            @Override
            public Participant getRowData(String rowKey) {
                return registry.participant(Long.parseLong(rowKey));
            }
        };
    }

    private static ParticipantFilter filter(Map<String, FilterMeta> filterBy) {
        return new ParticipantFilter(value(filterBy, "familyName"), value(filterBy, "externalRef"),
                value(filterBy, "justiceId"), value(filterBy, "prison"), value(filterBy, "region.code"),
                value(filterBy, "program.code"));
    }

    private static String value(Map<String, FilterMeta> filterBy, String field) {
        FilterMeta meta = filterBy.get(field);
        Object value = meta == null ? null : meta.getFilterValue();
        return value == null ? null : value.toString();
    }

    private static ParticipantSort sortOf(String field) {
        return switch (field) {
            case "externalRef" -> ParticipantSort.EXTERNAL_REF;
            case "justiceId" -> ParticipantSort.JUSTICE_ID;
            case "prison" -> ParticipantSort.PRISON;
            case "referralDate" -> ParticipantSort.REFERRAL_DATE;
            case "expectedReleaseDate" -> ParticipantSort.EXPECTED_RELEASE_DATE;
            case "region.code" -> ParticipantSort.REGION;
            case "program.code" -> ParticipantSort.PROGRAM;
            default -> ParticipantSort.FAMILY_NAME;
        };
    }
}
