package cn.gov.epidemic.kit.problem;

/** The domain's "no such thing": {@code throw new ResourceNotFoundException("Order", id)} gives a 404 problem. */
public class ResourceNotFoundException extends ProblemException {

    public ResourceNotFoundException(String kind, Object id) {
        super(ProblemType.NOT_FOUND, kind + " " + id + " does not exist.");
    }
}
