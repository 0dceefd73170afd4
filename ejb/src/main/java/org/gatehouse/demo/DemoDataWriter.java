package org.gatehouse.demo;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import org.gatehouse.agency.Agency;
import org.gatehouse.agency.AgencyDirectory;
import org.gatehouse.casework.ParticipantDetails;
import org.gatehouse.casework.ParticipantRegistry;

/** Writes generated data a batch per transaction, so a large data set never needs one huge transaction. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DemoDataWriter {

    @Inject
    private AgencyDirectory agencies;

    @Inject
    private ParticipantRegistry participants;

    public void createAgency(DemoDataGenerator.DemoAgency demo) {
        Agency agency = agencies.createAgency(demo.code(), demo.name());
        demo.regions().forEach(r -> agencies.addRegion(agency, r[0], r[1]));
        demo.programs().forEach(p -> agencies.addProgram(agency, p[0], p[1]));
    }

    public void addParticipants(String agencyCode, List<ParticipantDetails> batch) {
        Agency agency = agencies.agency(agencyCode);
        batch.forEach(details -> participants.upsert(agency, details));
    }
}
