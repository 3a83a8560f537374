package cn.gov.epidemic.kitweb.problem;

import cn.gov.epidemic.kitweb.i18n.Text;

/** The domain's "no such thing": {@code throw new ResourceNotFoundException(Text.of("Team", "队伍"), id)} gives a 404 problem. */
public class ResourceNotFoundException extends ProblemException {

    public ResourceNotFoundException(Text kind, Object id) {
        super(ProblemType.NOT_FOUND, Text.of(kind.en() + " " + id + " does not exist.", kind.zh() + " " + id + " 不存在。"));
    }
}
