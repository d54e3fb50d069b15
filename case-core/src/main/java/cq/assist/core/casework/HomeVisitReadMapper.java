package cq.assist.core.casework;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

/** Read model of the home visits of one application, with the visiting worker's name. */
@Mapper
interface HomeVisitReadMapper {

    /** The visits of the application's item cases, oldest first. */
    List<VisitRow> selectByApplication(String applicationId);

    /**
     * One {@code home_visit} row with its item and the worker's name.
     *
     * @param findingsEnc findings, AES-GCM encrypted
     * @param photoFileIds comma-separated stored file ids (may be null or empty)
     */
    record VisitRow(
            String caseId,
            String itemCode,
            String workerName,
            byte[] findingsEnc,
            String recommendation,
            String photoFileIds,
            Instant visitedAt) {}
}
