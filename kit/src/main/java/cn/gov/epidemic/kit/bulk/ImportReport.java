package cn.gov.epidemic.kit.bulk;

import cn.gov.epidemic.kitweb.i18n.Labelled;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** The answer to a bulk import: per row, created (with its ids) or refused (with the reasons), and the totals. */
@Schema(name = "ImportReport", description = "What a bulk import did, row by row. A refused row changed nothing; a created row is complete"
        + " (its record and everything the row asked to create with it). Ids only: no personal data.")
public record ImportReport(
        @Schema(description = "Rows in the request.", minimum = "0", maximum = "" + BulkImports.MAX_ROWS) int total,
        @Schema(description = "Rows created.", minimum = "0", maximum = "" + BulkImports.MAX_ROWS) int created,
        @Schema(description = "Rows refused.", minimum = "0", maximum = "" + BulkImports.MAX_ROWS) int refused,
        @Schema(description = "One entry per row, in the request's order.", maxItems = BulkImports.MAX_ROWS) List<Row> rows) {

    /** What happened to one row (a schema name of its own: a bare "Status" would collide in generated clients). */
    @Schema(name = "ImportRowStatus")
    public enum Status implements Labelled {
        CREATED("已创建"),
        REFUSED("已拒绝");

        private final String zh;

        Status(String zh) {
            this.zh = zh;
        }

        @Override
        public String zh() {
            return zh;
        }
    }

    /** One row's outcome. */
    @Schema(name = "ImportRow", description = "One row of a bulk import: created with its id, or refused with its problems.")
    public record Row(
            @Schema(description = "The row's position in the request, from 0 (a CSV file's first data line is 0).", minimum = "0",
                    maximum = "" + BulkImports.MAX_ROWS) int index,
            Status status,
            @Schema(description = "The created record's id (absent when refused).") UUID id,
            @Schema(description = "Ids of what was created with the record, in the row's order: a person's deployments, an inspection's referrals.",
                    maxItems = 80) List<UUID> relatedIds,
            @Schema(description = "Why the row was refused (empty when created).", maxItems = 100) List<RowProblem> problems) {
    }

    /** One reason a row was refused, as a problem+json would say it. */
    @Schema(name = "ImportRowProblem", description = "One reason a row was refused: the problem type the single request would have answered, the field (for invalid values) and the message in the caller's language.")
    public record RowProblem(
            @Schema(description = "The problem type URI, as in a problem+json answer.", examples = "https://epidemic.gov.cn/problems/validation", maxLength = 300) String type,
            @Schema(description = "The field within the row (JSON path; a CSV column), absent for a rule of the whole row.", examples = "person.idCardNumber", maxLength = 200) String field,
            @Schema(description = "What is wrong, in the language of Accept-Language.", examples = "must be a valid ID-card number", maxLength = 500) String message) {
    }
}
