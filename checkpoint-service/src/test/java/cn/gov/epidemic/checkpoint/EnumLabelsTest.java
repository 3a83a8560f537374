package cn.gov.epidemic.checkpoint;

import cn.gov.epidemic.kitweb.i18n.Labelled;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every enum of the service's root package (the API enums) carries a Chinese label per constant, distinct within its enum. */
class EnumLabelsTest {

    @Test
    void everyApiEnumConstantHasItsChineseLabel() {
        List<String> wrong = new ArrayList<>();
        int enums = 0;
        int constants = 0;
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.gov.epidemic.checkpoint")) {
            if (!c.isEnum() || !c.getPackageName().equals("cn.gov.epidemic.checkpoint")) continue;
            enums++;
            Class<?> type = c.reflect();
            if (!Labelled.class.isAssignableFrom(type)) {
                wrong.add(type.getSimpleName() + " does not implement Labelled");
                continue;
            }
            Set<String> seen = new HashSet<>();
            for (Object constant : type.getEnumConstants()) {
                constants++;
                String zh = ((Labelled) constant).zh();
                if (zh == null || !zh.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
                    wrong.add(type.getSimpleName() + "." + constant + ": no Chinese label");
                } else if (!seen.add(zh)) {
                    wrong.add(type.getSimpleName() + "." + constant + ": label " + zh + " used twice");
                }
            }
        }
        // pass-verifier's enums (JDK-only) are labelled by mirrors in api.PassLabels: the same constants, in order
        for (Class<?>[] pair : new Class<?>[][] {{cn.gov.epidemic.passes.PassType.class, cn.gov.epidemic.checkpoint.api.PassLabels.PassType.class},
                {cn.gov.epidemic.passes.Reason.class, cn.gov.epidemic.checkpoint.api.PassLabels.Reason.class}}) {
            List<String> original = java.util.Arrays.stream(pair[0].getEnumConstants()).map(String::valueOf).toList();
            List<String> mirror = java.util.Arrays.stream(pair[1].getEnumConstants()).map(String::valueOf).toList();
            if (!original.equals(mirror)) wrong.add(pair[1].getName() + " lists " + mirror + ", not " + original);
        }
        System.out.printf("[test] API enums labelled: %d enums, %d constants, %d problems%n", enums, constants, wrong.size());
        assertTrue(enums >= 11, "enums found: " + enums);
        assertEquals(List.of(), wrong);
    }
}
