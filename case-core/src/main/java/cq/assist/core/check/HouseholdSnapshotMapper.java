package cq.assist.core.check;

import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;

/** Stores and reads the immutable household snapshots; there is no update. */
@Mapper
interface HouseholdSnapshotMapper {

    /** Inserts a snapshot; a second one for the same application fails with a duplicate key. */
    int insert(StoredSnapshotRow row);

    /** The snapshot of an application, if the check has run. */
    Optional<StoredSnapshotRow> selectByApplicationId(String applicationId);
}
