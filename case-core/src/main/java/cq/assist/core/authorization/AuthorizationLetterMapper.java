package cq.assist.core.authorization;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;

/** The authorization letter versions (seeded reference data). */
@Mapper
interface AuthorizationLetterMapper {

    LetterRow selectByVersion(String letterVersion);

    List<String> selectVersions();

    /** The letter in force: the newest version (versions sort by date, {@code yyyy-nn}); null if none. */
    LetterRow selectCurrent();
}
