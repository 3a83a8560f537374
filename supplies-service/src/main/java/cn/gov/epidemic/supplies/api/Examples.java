package cn.gov.epidemic.supplies.api;

/**
 * The ids the document's examples share, so that a request example and the response examples name the same
 * Bayannur N95 item, Linhe warehouse, fever hospital, shipment ... of the demo data.
 */
public final class Examples {

    public static final String ITEM_ID = "caa7abb9-860f-4212-9e27-e5f61c16b6b9";
    public static final String SUPPLIER_ID = "fdb0c5a4-4528-48a1-8a32-fb8e71be6fe9";
    public static final String WAREHOUSE_ID = "08091d20-bcd1-4bb7-8d3a-6efe0cbc0a19";
    public static final String RECIPIENT_ID = "67446b4c-84b7-4e62-b5fe-c81c68da2f62";
    public static final String ORDER_ID = "ebd9fcc6-9987-4a00-aaf1-98f9342732d5";
    public static final String SHIPMENT_ID = "b442cb78-b194-4ba8-9a3f-6f9866304412";
    public static final String LOT_ID = "2d2c892d-3b0b-4eac-bc03-97509f58f89d";
    public static final String REQUEST_ID = "c345ead1-d9cc-40ab-9584-de356c53b567";
    public static final String PLAN_ID = "5c4eb2a1-8fb6-42db-bb47-3a60b9f1072d";
    public static final String RESERVATION_ID = "8e19a1c9-d000-4147-b66a-3750a71985be";
    public static final String DISPATCH_ID = "7575d74b-982a-46bc-b4f2-1b0d4f1659b6";
    public static final String DONATION_ID = "4d62fb85-f3f0-45ec-a9a9-f5f7ce0c1bd9";
    public static final String MOVEMENT_ID = "ebba0505-6c4e-415f-9b68-2f1cec525b41";
    public static final String PASS_ID = "c35cd5b1-1393-4e5d-abeb-565db4339620";
    public static final String RECIPIENT2_ID = "0db51573-b67d-4528-9468-75e9cafd2a2d";
    public static final String WAREHOUSE2_ID = "d870cf44-786c-4828-aa3c-7b9d4b0a78fa";

    public static final String NEW_ITEM = """
            {"code": "N95", "name": "N95 口罩 (N95 respirator)", "category": "RESPIRATOR", "unitOfMeasure": "piece",
             "standard": "GB 2626-2006 KN95 / NIOSH N95"}""";

    private Examples() {
    }
}
