package cn.gov.epidemic.passes;

/** The three kinds of vehicle pass of the source document; the one-letter code is what the signed payload carries. */
public enum PassType {
    /** Emergency transport (应急运输): one vehicle, one matter, one pass; green-lane priority. */
    EMERGENCY_TRANSPORT('E'),
    /** Key-enterprise transport (重点企业运输): products and raw materials of an enterprise allowed to keep working. */
    KEY_ENTERPRISE('K'),
    /** City road pass (市内公路通行证) for a returning worker's private car: driver and listed passengers, one trip. */
    PRIVATE_CAR('P');

    public final char code;

    PassType(char code) {
        this.code = code;
    }

    public static PassType ofCode(int code) {
        for (PassType t : values()) {
            if (t.code == code) return t;
        }
        return null;
    }
}
