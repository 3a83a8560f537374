package cn.gov.epidemic.checkpoint.api;

import cn.gov.epidemic.kitweb.i18n.Labelled;

/**
 * The Chinese labels of pass-verifier's two API enums: that module is JDK-only (devices verify passes offline with
 * it), so its enums cannot implement the kit's {@link Labelled}. The kit's OpenAPI filter matches these mirrors to
 * the schemas of the same name; {@code EnumLabelsTest} checks that they list the same constants.
 */
public final class PassLabels {

    private PassLabels() {
    }

    /** Labels of {@link cn.gov.epidemic.passes.PassType}. */
    public enum PassType implements Labelled {
        EMERGENCY_TRANSPORT("应急运输通行证"),
        KEY_ENTERPRISE("重点企业运输通行证"),
        PRIVATE_CAR("市内公路通行证");

        private final String zh;

        PassType(String zh) {
            this.zh = zh;
        }

        @Override
        public String zh() {
            return zh;
        }
    }

    /** Labels of {@link cn.gov.epidemic.passes.Reason}. */
    public enum Reason implements Labelled {
        VALID("有效"),
        MALFORMED("格式错误"),
        BAD_SIGNATURE("签名无效"),
        ALTERED("内容被篡改"),
        REVOKED("已撤销"),
        USED("已使用"),
        WRONG_VEHICLE("车辆不符"),
        NOT_YET_VALID("尚未生效"),
        EXPIRED("已过期"),
        TOO_MANY_OCCUPANTS("乘员超员");

        private final String zh;

        Reason(String zh) {
            this.zh = zh;
        }

        @Override
        public String zh() {
            return zh;
        }
    }
}
