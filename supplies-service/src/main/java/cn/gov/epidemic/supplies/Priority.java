package cn.gov.epidemic.supplies;

/**
 * Priority tier of a request, highest first: designated fever hospitals, then front-line clinics and fever
 * outpatient departments, then everyone else (checkpoints, communities, reserve). Scarce stock goes tier by tier.
 */
public enum Priority {
    DESIGNATED_FEVER_HOSPITAL(1), FRONTLINE_CLINIC(2), OTHER(3);

    public final int tier;

    Priority(int tier) {
        this.tier = tier;
    }
}
