package cn.gov.epidemic.personnel.api;

/** The limits documented on the wire records: the columns' lengths (V1__personnel.sql) and the numbers' ranges. */
public final class Bounds {

    /** A division code: 6, 9 or 12 digits (division.code varchar(12)). */
    static final int CODE = 12;
    static final int ID_CARD = 18;
    static final int PHONE = 20;
    static final int PERSON_NAME = 60;
    static final int DIVISION_NAME = 100;
    /** Who did something: the caller's name from the token (changed_by, recorded_by varchar(200)). */
    static final int ACTOR = 200;
    /** A count of rows (a count(*) as long; no table of this service comes near it). */
    static final String COUNT = "2147483647";
    /** An entity's version (bigint), also its ETag. */
    static final String VERSION = "9223372036854775807";
    /**
     * Lists answered whole rather than paged (a plan's units and destinations, a key person's officers): their
     * documented bound, far above any the source describes (Hohhot's plan: 46 units).
     */
    public static final int WHOLE_LIST = 10_000;

    private Bounds() {
    }
}
