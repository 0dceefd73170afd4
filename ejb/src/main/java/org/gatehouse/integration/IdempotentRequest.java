package org.gatehouse.integration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A create request an integration sent under its Idempotency-Key, and the resource it made. */
@Entity
@Table(name = "idempotent_request")
@NamedQuery(name = IdempotentRequest.OF_KEY, query = "select r from IdempotentRequest r where r.userId = :user "
        + "and r.idempotencyKey = :key")
@NamedQuery(name = IdempotentRequest.EXPIRED, query = "delete from IdempotentRequest r where r.userId = :user "
        + "and r.createdAt < :before")
@NamedQuery(name = IdempotentRequest.EXPIRED_IN_AGENCY, query = "delete from IdempotentRequest r "
        + "where coalesce(r.agencyId, -1) = :agency and r.createdAt < :before")
public class IdempotentRequest {

    static final String OF_KEY = "IdempotentRequest.ofKey";
    static final String EXPIRED = "IdempotentRequest.expired";
    static final String EXPIRED_IN_AGENCY = "IdempotentRequest.expiredInAgency";
    /** The resource of a key whose create has not ended yet (never committed as such). */
    static final String BEING_MADE = "-";

    @Id
    @SequenceGenerator(name = "idempotent_request_seq", sequenceName = "idempotent_request_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "idempotent_request_seq")
    private Long id;

    @Column(name = "agency_id")
    private Long agencyId;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "idempotency_key", nullable = false, length = 100)
    private String idempotencyKey;

    @Column(name = "request_hash", nullable = false, length = 64)
    private String requestHash;

    @Column(nullable = false, length = 200)
    private String resource;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected IdempotentRequest() {
    }

    IdempotentRequest(Long agencyId, long userId, String idempotencyKey, String requestHash, String resource,
                      Instant createdAt) {
        this.agencyId = agencyId;
        this.userId = userId;
        this.idempotencyKey = idempotencyKey;
        this.requestHash = requestHash;
        this.resource = resource;
        this.createdAt = createdAt;
    }

    /** What the create under this key made. */
    void made(String madeResource) {
        this.resource = madeResource;
    }

    String getRequestHash() {
        return requestHash;
    }

    String getResource() {
        return resource;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
