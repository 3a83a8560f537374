package cn.gov.epidemic.checkpoint;

import cn.gov.epidemic.passes.PassType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The record of an issue filed with the city transport bureau (各地发放情况要报市交通运输局备案). */
@Entity
@Table(name = "pass_filing")
public class PassFiling extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "pass_id")
    public UUID passId;
    @Enumerated(EnumType.STRING)
    @Column(name = "pass_type")
    public PassType passType;
    @Column(name = "issuing_body")
    public String issuingBody;
    @Column(name = "filed_with")
    public String filedWith;
    @Column(name = "filed_at")
    public OffsetDateTime filedAt;
}
