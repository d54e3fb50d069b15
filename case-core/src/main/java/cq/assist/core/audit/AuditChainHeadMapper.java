package cq.assist.core.audit;

import org.apache.ibatis.annotations.Mapper;

/** The one-row {@code audit_chain_head}. */
@Mapper
interface AuditChainHeadMapper {

    /** Reads the head and locks it until the transaction ends, serializing appends. */
    ChainHead selectForUpdate();

    ChainHead selectHead();

    void updateHead(ChainHead head);
}
