package cq.assist.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.lang.ArchRule;
import org.apache.ibatis.annotations.Mapper;

/** Architecture rules about MyBatis mappers, shared by every module that has mappers (case-core, workflow). */
public final class MapperRules {

    /** A feature exposes a service or a read model; its mapper stays package-private inside it. */
    public static final ArchRule STAY_IN_THEIR_FEATURE = classes()
            .that()
            .areAnnotatedWith(Mapper.class)
            .should()
            .notBePublic()
            .because("a feature exposes a service or a read model; its mapper stays inside it")
            .allowEmptyShould(false);

    private MapperRules() {}
}
