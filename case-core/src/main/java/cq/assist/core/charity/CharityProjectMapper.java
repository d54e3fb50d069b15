package cq.assist.core.charity;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;

/** Reads charity projects. */
@Mapper
interface CharityProjectMapper {

    /** Projects open for requests, with their organisation's name, by id. */
    List<CharityProjectRow> selectActive();
}
