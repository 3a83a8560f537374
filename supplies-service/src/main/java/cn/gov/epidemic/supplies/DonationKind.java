package cn.gov.epidemic.supplies;

/** A donation of money or of goods. */
public enum DonationKind {
    MONEY, GOODS
}
