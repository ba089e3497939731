// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import {
  discriminatedUnionInbound,
  discriminatedUnionOutbound,
  safeParseJSON,
  stringifyJSON,
} from "../lib/schemas.js";
import {
  OpenResponsesStreamEventError$inboundSchema,
  OpenResponsesStreamEventError$outboundSchema,
  type OpenResponsesStreamEventError,
  type OpenResponsesStreamEventError$Outbound,
} from "./openresponsesstreameventerror.js";
import {
  OpenResponsesStreamEventResponseAudioDelta$inboundSchema,
  OpenResponsesStreamEventResponseAudioDelta$outboundSchema,
  type OpenResponsesStreamEventResponseAudioDelta,
  type OpenResponsesStreamEventResponseAudioDelta$Outbound,
} from "./openresponsesstreameventresponseaudiodelta.js";
import {
  OpenResponsesStreamEventResponseAudioDone$inboundSchema,
  OpenResponsesStreamEventResponseAudioDone$outboundSchema,
  type OpenResponsesStreamEventResponseAudioDone,
  type OpenResponsesStreamEventResponseAudioDone$Outbound,
} from "./openresponsesstreameventresponseaudiodone.js";
import {
  OpenResponsesStreamEventResponseAudioTranscriptDelta$inboundSchema,
  OpenResponsesStreamEventResponseAudioTranscriptDelta$outboundSchema,
  type OpenResponsesStreamEventResponseAudioTranscriptDelta,
  type OpenResponsesStreamEventResponseAudioTranscriptDelta$Outbound,
} from "./openresponsesstreameventresponseaudiotranscriptdelta.js";
import {
  OpenResponsesStreamEventResponseAudioTranscriptDone$inboundSchema,
  OpenResponsesStreamEventResponseAudioTranscriptDone$outboundSchema,
  type OpenResponsesStreamEventResponseAudioTranscriptDone,
  type OpenResponsesStreamEventResponseAudioTranscriptDone$Outbound,
} from "./openresponsesstreameventresponseaudiotranscriptdone.js";
import {
  OpenResponsesStreamEventResponseCodeInterpreterCallCodeDelta$inboundSchema,
  OpenResponsesStreamEventResponseCodeInterpreterCallCodeDelta$outboundSchema,
  type OpenResponsesStreamEventResponseCodeInterpreterCallCodeDelta,
  type OpenResponsesStreamEventResponseCodeInterpreterCallCodeDelta$Outbound,
} from "./openresponsesstreameventresponsecodeinterpretercallcodedelta.js";
import {
  OpenResponsesStreamEventResponseCodeInterpreterCallCodeDone$inboundSchema,
  OpenResponsesStreamEventResponseCodeInterpreterCallCodeDone$outboundSchema,
  type OpenResponsesStreamEventResponseCodeInterpreterCallCodeDone,
  type OpenResponsesStreamEventResponseCodeInterpreterCallCodeDone$Outbound,
} from "./openresponsesstreameventresponsecodeinterpretercallcodedone.js";
import {
  OpenResponsesStreamEventResponseCodeInterpreterCallCompleted$inboundSchema,
  OpenResponsesStreamEventResponseCodeInterpreterCallCompleted$outboundSchema,
  type OpenResponsesStreamEventResponseCodeInterpreterCallCompleted,
  type OpenResponsesStreamEventResponseCodeInterpreterCallCompleted$Outbound,
} from "./openresponsesstreameventresponsecodeinterpretercallcompleted.js";
import {
  OpenResponsesStreamEventResponseCodeInterpreterCallInProgress$inboundSchema,
  OpenResponsesStreamEventResponseCodeInterpreterCallInProgress$outboundSchema,
  type OpenResponsesStreamEventResponseCodeInterpreterCallInProgress,
  type OpenResponsesStreamEventResponseCodeInterpreterCallInProgress$Outbound,
} from "./openresponsesstreameventresponsecodeinterpretercallinprogress.js";
import {
  OpenResponsesStreamEventResponseCodeInterpreterCallInterpreting$inboundSchema,
  OpenResponsesStreamEventResponseCodeInterpreterCallInterpreting$outboundSchema,
  type OpenResponsesStreamEventResponseCodeInterpreterCallInterpreting,
  type OpenResponsesStreamEventResponseCodeInterpreterCallInterpreting$Outbound,
} from "./openresponsesstreameventresponsecodeinterpretercallinterpreting.js";
import {
  OpenResponsesStreamEventResponseCompleted$inboundSchema,
  OpenResponsesStreamEventResponseCompleted$outboundSchema,
  type OpenResponsesStreamEventResponseCompleted,
  type OpenResponsesStreamEventResponseCompleted$Outbound,
} from "./openresponsesstreameventresponsecompleted.js";
import {
  OpenResponsesStreamEventResponseContentPartAdded$inboundSchema,
  OpenResponsesStreamEventResponseContentPartAdded$outboundSchema,
  type OpenResponsesStreamEventResponseContentPartAdded,
  type OpenResponsesStreamEventResponseContentPartAdded$Outbound,
} from "./openresponsesstreameventresponsecontentpartadded.js";
import {
  OpenResponsesStreamEventResponseContentPartDone$inboundSchema,
  OpenResponsesStreamEventResponseContentPartDone$outboundSchema,
  type OpenResponsesStreamEventResponseContentPartDone,
  type OpenResponsesStreamEventResponseContentPartDone$Outbound,
} from "./openresponsesstreameventresponsecontentpartdone.js";
import {
  OpenResponsesStreamEventResponseCreated$inboundSchema,
  OpenResponsesStreamEventResponseCreated$outboundSchema,
  type OpenResponsesStreamEventResponseCreated,
  type OpenResponsesStreamEventResponseCreated$Outbound,
} from "./openresponsesstreameventresponsecreated.js";
import {
  OpenResponsesStreamEventResponseCustomToolCallInputDelta$inboundSchema,
  OpenResponsesStreamEventResponseCustomToolCallInputDelta$outboundSchema,
  type OpenResponsesStreamEventResponseCustomToolCallInputDelta,
  type OpenResponsesStreamEventResponseCustomToolCallInputDelta$Outbound,
} from "./openresponsesstreameventresponsecustomtoolcallinputdelta.js";
import {
  OpenResponsesStreamEventResponseCustomToolCallInputDone$inboundSchema,
  OpenResponsesStreamEventResponseCustomToolCallInputDone$outboundSchema,
  type OpenResponsesStreamEventResponseCustomToolCallInputDone,
  type OpenResponsesStreamEventResponseCustomToolCallInputDone$Outbound,
} from "./openresponsesstreameventresponsecustomtoolcallinputdone.js";
import {
  OpenResponsesStreamEventResponseFailed$inboundSchema,
  OpenResponsesStreamEventResponseFailed$outboundSchema,
  type OpenResponsesStreamEventResponseFailed,
  type OpenResponsesStreamEventResponseFailed$Outbound,
} from "./openresponsesstreameventresponsefailed.js";
import {
  OpenResponsesStreamEventResponseFileSearchCallCompleted$inboundSchema,
  OpenResponsesStreamEventResponseFileSearchCallCompleted$outboundSchema,
  type OpenResponsesStreamEventResponseFileSearchCallCompleted,
  type OpenResponsesStreamEventResponseFileSearchCallCompleted$Outbound,
} from "./openresponsesstreameventresponsefilesearchcallcompleted.js";
import {
  OpenResponsesStreamEventResponseFileSearchCallInProgress$inboundSchema,
  OpenResponsesStreamEventResponseFileSearchCallInProgress$outboundSchema,
  type OpenResponsesStreamEventResponseFileSearchCallInProgress,
  type OpenResponsesStreamEventResponseFileSearchCallInProgress$Outbound,
} from "./openresponsesstreameventresponsefilesearchcallinprogress.js";
import {
  OpenResponsesStreamEventResponseFileSearchCallSearching$inboundSchema,
  OpenResponsesStreamEventResponseFileSearchCallSearching$outboundSchema,
  type OpenResponsesStreamEventResponseFileSearchCallSearching,
  type OpenResponsesStreamEventResponseFileSearchCallSearching$Outbound,
} from "./openresponsesstreameventresponsefilesearchcallsearching.js";
import {
  OpenResponsesStreamEventResponseFunctionCallArgumentsDelta$inboundSchema,
  OpenResponsesStreamEventResponseFunctionCallArgumentsDelta$outboundSchema,
  type OpenResponsesStreamEventResponseFunctionCallArgumentsDelta,
  type OpenResponsesStreamEventResponseFunctionCallArgumentsDelta$Outbound,
} from "./openresponsesstreameventresponsefunctioncallargumentsdelta.js";
import {
  OpenResponsesStreamEventResponseFunctionCallArgumentsDone$inboundSchema,
  OpenResponsesStreamEventResponseFunctionCallArgumentsDone$outboundSchema,
  type OpenResponsesStreamEventResponseFunctionCallArgumentsDone,
  type OpenResponsesStreamEventResponseFunctionCallArgumentsDone$Outbound,
} from "./openresponsesstreameventresponsefunctioncallargumentsdone.js";
import {
  OpenResponsesStreamEventResponseImageGenerationCallCompleted$inboundSchema,
  OpenResponsesStreamEventResponseImageGenerationCallCompleted$outboundSchema,
  type OpenResponsesStreamEventResponseImageGenerationCallCompleted,
  type OpenResponsesStreamEventResponseImageGenerationCallCompleted$Outbound,
} from "./openresponsesstreameventresponseimagegenerationcallcompleted.js";
import {
  OpenResponsesStreamEventResponseImageGenerationCallGenerating$inboundSchema,
  OpenResponsesStreamEventResponseImageGenerationCallGenerating$outboundSchema,
  type OpenResponsesStreamEventResponseImageGenerationCallGenerating,
  type OpenResponsesStreamEventResponseImageGenerationCallGenerating$Outbound,
} from "./openresponsesstreameventresponseimagegenerationcallgenerating.js";
import {
  OpenResponsesStreamEventResponseImageGenerationCallInProgress$inboundSchema,
  OpenResponsesStreamEventResponseImageGenerationCallInProgress$outboundSchema,
  type OpenResponsesStreamEventResponseImageGenerationCallInProgress,
  type OpenResponsesStreamEventResponseImageGenerationCallInProgress$Outbound,
} from "./openresponsesstreameventresponseimagegenerationcallinprogress.js";
import {
  OpenResponsesStreamEventResponseImageGenerationCallPartialImage$inboundSchema,
  OpenResponsesStreamEventResponseImageGenerationCallPartialImage$outboundSchema,
  type OpenResponsesStreamEventResponseImageGenerationCallPartialImage,
  type OpenResponsesStreamEventResponseImageGenerationCallPartialImage$Outbound,
} from "./openresponsesstreameventresponseimagegenerationcallpartialimage.js";
import {
  OpenResponsesStreamEventResponseIncomplete$inboundSchema,
  OpenResponsesStreamEventResponseIncomplete$outboundSchema,
  type OpenResponsesStreamEventResponseIncomplete,
  type OpenResponsesStreamEventResponseIncomplete$Outbound,
} from "./openresponsesstreameventresponseincomplete.js";
import {
  OpenResponsesStreamEventResponseInProgress$inboundSchema,
  OpenResponsesStreamEventResponseInProgress$outboundSchema,
  type OpenResponsesStreamEventResponseInProgress,
  type OpenResponsesStreamEventResponseInProgress$Outbound,
} from "./openresponsesstreameventresponseinprogress.js";
import {
  OpenResponsesStreamEventResponseMcpCallArgumentsDelta$inboundSchema,
  OpenResponsesStreamEventResponseMcpCallArgumentsDelta$outboundSchema,
  type OpenResponsesStreamEventResponseMcpCallArgumentsDelta,
  type OpenResponsesStreamEventResponseMcpCallArgumentsDelta$Outbound,
} from "./openresponsesstreameventresponsemcpcallargumentsdelta.js";
import {
  OpenResponsesStreamEventResponseMcpCallArgumentsDone$inboundSchema,
  OpenResponsesStreamEventResponseMcpCallArgumentsDone$outboundSchema,
  type OpenResponsesStreamEventResponseMcpCallArgumentsDone,
  type OpenResponsesStreamEventResponseMcpCallArgumentsDone$Outbound,
} from "./openresponsesstreameventresponsemcpcallargumentsdone.js";
import {
  OpenResponsesStreamEventResponseMcpCallCompleted$inboundSchema,
  OpenResponsesStreamEventResponseMcpCallCompleted$outboundSchema,
  type OpenResponsesStreamEventResponseMcpCallCompleted,
  type OpenResponsesStreamEventResponseMcpCallCompleted$Outbound,
} from "./openresponsesstreameventresponsemcpcallcompleted.js";
import {
  OpenResponsesStreamEventResponseMcpCallFailed$inboundSchema,
  OpenResponsesStreamEventResponseMcpCallFailed$outboundSchema,
  type OpenResponsesStreamEventResponseMcpCallFailed,
  type OpenResponsesStreamEventResponseMcpCallFailed$Outbound,
} from "./openresponsesstreameventresponsemcpcallfailed.js";
import {
  OpenResponsesStreamEventResponseMcpCallInProgress$inboundSchema,
  OpenResponsesStreamEventResponseMcpCallInProgress$outboundSchema,
  type OpenResponsesStreamEventResponseMcpCallInProgress,
  type OpenResponsesStreamEventResponseMcpCallInProgress$Outbound,
} from "./openresponsesstreameventresponsemcpcallinprogress.js";
import {
  OpenResponsesStreamEventResponseMcpListToolsCompleted$inboundSchema,
  OpenResponsesStreamEventResponseMcpListToolsCompleted$outboundSchema,
  type OpenResponsesStreamEventResponseMcpListToolsCompleted,
  type OpenResponsesStreamEventResponseMcpListToolsCompleted$Outbound,
} from "./openresponsesstreameventresponsemcplisttoolscompleted.js";
import {
  OpenResponsesStreamEventResponseMcpListToolsFailed$inboundSchema,
  OpenResponsesStreamEventResponseMcpListToolsFailed$outboundSchema,
  type OpenResponsesStreamEventResponseMcpListToolsFailed,
  type OpenResponsesStreamEventResponseMcpListToolsFailed$Outbound,
} from "./openresponsesstreameventresponsemcplisttoolsfailed.js";
import {
  OpenResponsesStreamEventResponseMcpListToolsInProgress$inboundSchema,
  OpenResponsesStreamEventResponseMcpListToolsInProgress$outboundSchema,
  type OpenResponsesStreamEventResponseMcpListToolsInProgress,
  type OpenResponsesStreamEventResponseMcpListToolsInProgress$Outbound,
} from "./openresponsesstreameventresponsemcplisttoolsinprogress.js";
import {
  OpenResponsesStreamEventResponseOutputItemAdded$inboundSchema,
  OpenResponsesStreamEventResponseOutputItemAdded$outboundSchema,
  type OpenResponsesStreamEventResponseOutputItemAdded,
  type OpenResponsesStreamEventResponseOutputItemAdded$Outbound,
} from "./openresponsesstreameventresponseoutputitemadded.js";
import {
  OpenResponsesStreamEventResponseOutputItemDone$inboundSchema,
  OpenResponsesStreamEventResponseOutputItemDone$outboundSchema,
  type OpenResponsesStreamEventResponseOutputItemDone,
  type OpenResponsesStreamEventResponseOutputItemDone$Outbound,
} from "./openresponsesstreameventresponseoutputitemdone.js";
import {
  OpenResponsesStreamEventResponseOutputTextAnnotationAdded$inboundSchema,
  OpenResponsesStreamEventResponseOutputTextAnnotationAdded$outboundSchema,
  type OpenResponsesStreamEventResponseOutputTextAnnotationAdded,
  type OpenResponsesStreamEventResponseOutputTextAnnotationAdded$Outbound,
} from "./openresponsesstreameventresponseoutputtextannotationadded.js";
import {
  OpenResponsesStreamEventResponseOutputTextDelta$inboundSchema,
  OpenResponsesStreamEventResponseOutputTextDelta$outboundSchema,
  type OpenResponsesStreamEventResponseOutputTextDelta,
  type OpenResponsesStreamEventResponseOutputTextDelta$Outbound,
} from "./openresponsesstreameventresponseoutputtextdelta.js";
import {
  OpenResponsesStreamEventResponseOutputTextDone$inboundSchema,
  OpenResponsesStreamEventResponseOutputTextDone$outboundSchema,
  type OpenResponsesStreamEventResponseOutputTextDone,
  type OpenResponsesStreamEventResponseOutputTextDone$Outbound,
} from "./openresponsesstreameventresponseoutputtextdone.js";
import {
  OpenResponsesStreamEventResponseQueued$inboundSchema,
  OpenResponsesStreamEventResponseQueued$outboundSchema,
  type OpenResponsesStreamEventResponseQueued,
  type OpenResponsesStreamEventResponseQueued$Outbound,
} from "./openresponsesstreameventresponsequeued.js";
import {
  OpenResponsesStreamEventResponseReasoningSummaryPartAdded$inboundSchema,
  OpenResponsesStreamEventResponseReasoningSummaryPartAdded$outboundSchema,
  type OpenResponsesStreamEventResponseReasoningSummaryPartAdded,
  type OpenResponsesStreamEventResponseReasoningSummaryPartAdded$Outbound,
} from "./openresponsesstreameventresponsereasoningsummarypartadded.js";
import {
  OpenResponsesStreamEventResponseReasoningSummaryPartDone$inboundSchema,
  OpenResponsesStreamEventResponseReasoningSummaryPartDone$outboundSchema,
  type OpenResponsesStreamEventResponseReasoningSummaryPartDone,
  type OpenResponsesStreamEventResponseReasoningSummaryPartDone$Outbound,
} from "./openresponsesstreameventresponsereasoningsummarypartdone.js";
import {
  OpenResponsesStreamEventResponseReasoningSummaryTextDelta$inboundSchema,
  OpenResponsesStreamEventResponseReasoningSummaryTextDelta$outboundSchema,
  type OpenResponsesStreamEventResponseReasoningSummaryTextDelta,
  type OpenResponsesStreamEventResponseReasoningSummaryTextDelta$Outbound,
} from "./openresponsesstreameventresponsereasoningsummarytextdelta.js";
import {
  OpenResponsesStreamEventResponseReasoningSummaryTextDone$inboundSchema,
  OpenResponsesStreamEventResponseReasoningSummaryTextDone$outboundSchema,
  type OpenResponsesStreamEventResponseReasoningSummaryTextDone,
  type OpenResponsesStreamEventResponseReasoningSummaryTextDone$Outbound,
} from "./openresponsesstreameventresponsereasoningsummarytextdone.js";
import {
  OpenResponsesStreamEventResponseReasoningTextDelta$inboundSchema,
  OpenResponsesStreamEventResponseReasoningTextDelta$outboundSchema,
  type OpenResponsesStreamEventResponseReasoningTextDelta,
  type OpenResponsesStreamEventResponseReasoningTextDelta$Outbound,
} from "./openresponsesstreameventresponsereasoningtextdelta.js";
import {
  OpenResponsesStreamEventResponseReasoningTextDone$inboundSchema,
  OpenResponsesStreamEventResponseReasoningTextDone$outboundSchema,
  type OpenResponsesStreamEventResponseReasoningTextDone,
  type OpenResponsesStreamEventResponseReasoningTextDone$Outbound,
} from "./openresponsesstreameventresponsereasoningtextdone.js";
import {
  OpenResponsesStreamEventResponseRefusalDelta$inboundSchema,
  OpenResponsesStreamEventResponseRefusalDelta$outboundSchema,
  type OpenResponsesStreamEventResponseRefusalDelta,
  type OpenResponsesStreamEventResponseRefusalDelta$Outbound,
} from "./openresponsesstreameventresponserefusaldelta.js";
import {
  OpenResponsesStreamEventResponseRefusalDone$inboundSchema,
  OpenResponsesStreamEventResponseRefusalDone$outboundSchema,
  type OpenResponsesStreamEventResponseRefusalDone,
  type OpenResponsesStreamEventResponseRefusalDone$Outbound,
} from "./openresponsesstreameventresponserefusaldone.js";
import {
  OpenResponsesStreamEventResponseShellCallCommandAdded$inboundSchema,
  OpenResponsesStreamEventResponseShellCallCommandAdded$outboundSchema,
  type OpenResponsesStreamEventResponseShellCallCommandAdded,
  type OpenResponsesStreamEventResponseShellCallCommandAdded$Outbound,
} from "./openresponsesstreameventresponseshellcallcommandadded.js";
import {
  OpenResponsesStreamEventResponseShellCallCommandDelta$inboundSchema,
  OpenResponsesStreamEventResponseShellCallCommandDelta$outboundSchema,
  type OpenResponsesStreamEventResponseShellCallCommandDelta,
  type OpenResponsesStreamEventResponseShellCallCommandDelta$Outbound,
} from "./openresponsesstreameventresponseshellcallcommanddelta.js";
import {
  OpenResponsesStreamEventResponseShellCallCommandDone$inboundSchema,
  OpenResponsesStreamEventResponseShellCallCommandDone$outboundSchema,
  type OpenResponsesStreamEventResponseShellCallCommandDone,
  type OpenResponsesStreamEventResponseShellCallCommandDone$Outbound,
} from "./openresponsesstreameventresponseshellcallcommanddone.js";
import {
  OpenResponsesStreamEventResponseShellCallOutputContentDelta$inboundSchema,
  OpenResponsesStreamEventResponseShellCallOutputContentDelta$outboundSchema,
  type OpenResponsesStreamEventResponseShellCallOutputContentDelta,
  type OpenResponsesStreamEventResponseShellCallOutputContentDelta$Outbound,
} from "./openresponsesstreameventresponseshellcalloutputcontentdelta.js";
import {
  OpenResponsesStreamEventResponseShellCallOutputContentDone$inboundSchema,
  OpenResponsesStreamEventResponseShellCallOutputContentDone$outboundSchema,
  type OpenResponsesStreamEventResponseShellCallOutputContentDone,
  type OpenResponsesStreamEventResponseShellCallOutputContentDone$Outbound,
} from "./openresponsesstreameventresponseshellcalloutputcontentdone.js";
import {
  OpenResponsesStreamEventResponseWebSearchCallCompleted$inboundSchema,
  OpenResponsesStreamEventResponseWebSearchCallCompleted$outboundSchema,
  type OpenResponsesStreamEventResponseWebSearchCallCompleted,
  type OpenResponsesStreamEventResponseWebSearchCallCompleted$Outbound,
} from "./openresponsesstreameventresponsewebsearchcallcompleted.js";
import {
  OpenResponsesStreamEventResponseWebSearchCallInProgress$inboundSchema,
  OpenResponsesStreamEventResponseWebSearchCallInProgress$outboundSchema,
  type OpenResponsesStreamEventResponseWebSearchCallInProgress,
  type OpenResponsesStreamEventResponseWebSearchCallInProgress$Outbound,
} from "./openresponsesstreameventresponsewebsearchcallinprogress.js";
import {
  OpenResponsesStreamEventResponseWebSearchCallSearching$inboundSchema,
  OpenResponsesStreamEventResponseWebSearchCallSearching$outboundSchema,
  type OpenResponsesStreamEventResponseWebSearchCallSearching,
  type OpenResponsesStreamEventResponseWebSearchCallSearching$Outbound,
} from "./openresponsesstreameventresponsewebsearchcallsearching.js";

/**
 * Any event of a Responses API stream; the `type` field tells which one it is.
 */
export type OpenResponsesStreamEvent =
  | OpenResponsesStreamEventResponseAudioDelta
  | OpenResponsesStreamEventResponseAudioDone
  | OpenResponsesStreamEventResponseAudioTranscriptDelta
  | OpenResponsesStreamEventResponseAudioTranscriptDone
  | OpenResponsesStreamEventResponseCodeInterpreterCallCodeDelta
  | OpenResponsesStreamEventResponseCodeInterpreterCallCodeDone
  | OpenResponsesStreamEventResponseCodeInterpreterCallCompleted
  | OpenResponsesStreamEventResponseCodeInterpreterCallInProgress
  | OpenResponsesStreamEventResponseCodeInterpreterCallInterpreting
  | OpenResponsesStreamEventResponseCompleted
  | OpenResponsesStreamEventResponseContentPartAdded
  | OpenResponsesStreamEventResponseContentPartDone
  | OpenResponsesStreamEventResponseCreated
  | OpenResponsesStreamEventError
  | OpenResponsesStreamEventResponseFileSearchCallCompleted
  | OpenResponsesStreamEventResponseFileSearchCallInProgress
  | OpenResponsesStreamEventResponseFileSearchCallSearching
  | OpenResponsesStreamEventResponseFunctionCallArgumentsDelta
  | OpenResponsesStreamEventResponseFunctionCallArgumentsDone
  | OpenResponsesStreamEventResponseShellCallCommandAdded
  | OpenResponsesStreamEventResponseShellCallCommandDelta
  | OpenResponsesStreamEventResponseShellCallCommandDone
  | OpenResponsesStreamEventResponseShellCallOutputContentDelta
  | OpenResponsesStreamEventResponseShellCallOutputContentDone
  | OpenResponsesStreamEventResponseInProgress
  | OpenResponsesStreamEventResponseFailed
  | OpenResponsesStreamEventResponseIncomplete
  | OpenResponsesStreamEventResponseOutputItemAdded
  | OpenResponsesStreamEventResponseOutputItemDone
  | OpenResponsesStreamEventResponseReasoningSummaryPartAdded
  | OpenResponsesStreamEventResponseReasoningSummaryPartDone
  | OpenResponsesStreamEventResponseReasoningSummaryTextDelta
  | OpenResponsesStreamEventResponseReasoningSummaryTextDone
  | OpenResponsesStreamEventResponseReasoningTextDelta
  | OpenResponsesStreamEventResponseReasoningTextDone
  | OpenResponsesStreamEventResponseRefusalDelta
  | OpenResponsesStreamEventResponseRefusalDone
  | OpenResponsesStreamEventResponseOutputTextDelta
  | OpenResponsesStreamEventResponseOutputTextDone
  | OpenResponsesStreamEventResponseWebSearchCallCompleted
  | OpenResponsesStreamEventResponseWebSearchCallInProgress
  | OpenResponsesStreamEventResponseWebSearchCallSearching
  | OpenResponsesStreamEventResponseImageGenerationCallCompleted
  | OpenResponsesStreamEventResponseImageGenerationCallGenerating
  | OpenResponsesStreamEventResponseImageGenerationCallInProgress
  | OpenResponsesStreamEventResponseImageGenerationCallPartialImage
  | OpenResponsesStreamEventResponseMcpCallArgumentsDelta
  | OpenResponsesStreamEventResponseMcpCallArgumentsDone
  | OpenResponsesStreamEventResponseMcpCallCompleted
  | OpenResponsesStreamEventResponseMcpCallFailed
  | OpenResponsesStreamEventResponseMcpCallInProgress
  | OpenResponsesStreamEventResponseMcpListToolsCompleted
  | OpenResponsesStreamEventResponseMcpListToolsFailed
  | OpenResponsesStreamEventResponseMcpListToolsInProgress
  | OpenResponsesStreamEventResponseOutputTextAnnotationAdded
  | OpenResponsesStreamEventResponseQueued
  | OpenResponsesStreamEventResponseCustomToolCallInputDelta
  | OpenResponsesStreamEventResponseCustomToolCallInputDone
  | OpenResponsesStreamEventUnknown;

/**
 * The member of OpenResponsesStreamEvent for a `type` this version does not know. It has no
 * `type` of its own (read `raw.type`), so comparing `type` with a known value
 * still narrows to that member; `raw` holds the object as received and is what encoding sends back.
 */
export type OpenResponsesStreamEventUnknown = {
  type?: undefined;
  raw: { [k: string]: unknown };
};

/** Whether `value` is of a kind this version does not know (its `raw` object is all there is). */
export function isOpenResponsesStreamEventUnknown(value: OpenResponsesStreamEvent): value is OpenResponsesStreamEventUnknown {
  return value.type === undefined;
}

/** OpenResponsesStreamEvent as it is sent on the wire. */
export type OpenResponsesStreamEvent$Outbound =
  | OpenResponsesStreamEventResponseAudioDelta$Outbound
  | OpenResponsesStreamEventResponseAudioDone$Outbound
  | OpenResponsesStreamEventResponseAudioTranscriptDelta$Outbound
  | OpenResponsesStreamEventResponseAudioTranscriptDone$Outbound
  | OpenResponsesStreamEventResponseCodeInterpreterCallCodeDelta$Outbound
  | OpenResponsesStreamEventResponseCodeInterpreterCallCodeDone$Outbound
  | OpenResponsesStreamEventResponseCodeInterpreterCallCompleted$Outbound
  | OpenResponsesStreamEventResponseCodeInterpreterCallInProgress$Outbound
  | OpenResponsesStreamEventResponseCodeInterpreterCallInterpreting$Outbound
  | OpenResponsesStreamEventResponseCompleted$Outbound
  | OpenResponsesStreamEventResponseContentPartAdded$Outbound
  | OpenResponsesStreamEventResponseContentPartDone$Outbound
  | OpenResponsesStreamEventResponseCreated$Outbound
  | OpenResponsesStreamEventError$Outbound
  | OpenResponsesStreamEventResponseFileSearchCallCompleted$Outbound
  | OpenResponsesStreamEventResponseFileSearchCallInProgress$Outbound
  | OpenResponsesStreamEventResponseFileSearchCallSearching$Outbound
  | OpenResponsesStreamEventResponseFunctionCallArgumentsDelta$Outbound
  | OpenResponsesStreamEventResponseFunctionCallArgumentsDone$Outbound
  | OpenResponsesStreamEventResponseShellCallCommandAdded$Outbound
  | OpenResponsesStreamEventResponseShellCallCommandDelta$Outbound
  | OpenResponsesStreamEventResponseShellCallCommandDone$Outbound
  | OpenResponsesStreamEventResponseShellCallOutputContentDelta$Outbound
  | OpenResponsesStreamEventResponseShellCallOutputContentDone$Outbound
  | OpenResponsesStreamEventResponseInProgress$Outbound
  | OpenResponsesStreamEventResponseFailed$Outbound
  | OpenResponsesStreamEventResponseIncomplete$Outbound
  | OpenResponsesStreamEventResponseOutputItemAdded$Outbound
  | OpenResponsesStreamEventResponseOutputItemDone$Outbound
  | OpenResponsesStreamEventResponseReasoningSummaryPartAdded$Outbound
  | OpenResponsesStreamEventResponseReasoningSummaryPartDone$Outbound
  | OpenResponsesStreamEventResponseReasoningSummaryTextDelta$Outbound
  | OpenResponsesStreamEventResponseReasoningSummaryTextDone$Outbound
  | OpenResponsesStreamEventResponseReasoningTextDelta$Outbound
  | OpenResponsesStreamEventResponseReasoningTextDone$Outbound
  | OpenResponsesStreamEventResponseRefusalDelta$Outbound
  | OpenResponsesStreamEventResponseRefusalDone$Outbound
  | OpenResponsesStreamEventResponseOutputTextDelta$Outbound
  | OpenResponsesStreamEventResponseOutputTextDone$Outbound
  | OpenResponsesStreamEventResponseWebSearchCallCompleted$Outbound
  | OpenResponsesStreamEventResponseWebSearchCallInProgress$Outbound
  | OpenResponsesStreamEventResponseWebSearchCallSearching$Outbound
  | OpenResponsesStreamEventResponseImageGenerationCallCompleted$Outbound
  | OpenResponsesStreamEventResponseImageGenerationCallGenerating$Outbound
  | OpenResponsesStreamEventResponseImageGenerationCallInProgress$Outbound
  | OpenResponsesStreamEventResponseImageGenerationCallPartialImage$Outbound
  | OpenResponsesStreamEventResponseMcpCallArgumentsDelta$Outbound
  | OpenResponsesStreamEventResponseMcpCallArgumentsDone$Outbound
  | OpenResponsesStreamEventResponseMcpCallCompleted$Outbound
  | OpenResponsesStreamEventResponseMcpCallFailed$Outbound
  | OpenResponsesStreamEventResponseMcpCallInProgress$Outbound
  | OpenResponsesStreamEventResponseMcpListToolsCompleted$Outbound
  | OpenResponsesStreamEventResponseMcpListToolsFailed$Outbound
  | OpenResponsesStreamEventResponseMcpListToolsInProgress$Outbound
  | OpenResponsesStreamEventResponseOutputTextAnnotationAdded$Outbound
  | OpenResponsesStreamEventResponseQueued$Outbound
  | OpenResponsesStreamEventResponseCustomToolCallInputDelta$Outbound
  | OpenResponsesStreamEventResponseCustomToolCallInputDone$Outbound
  | { [k: string]: unknown };

export const OpenResponsesStreamEvent$inboundSchema: z.ZodType<OpenResponsesStreamEvent, unknown> = discriminatedUnionInbound(
  "type",
  {
    "response.audio.delta": OpenResponsesStreamEventResponseAudioDelta$inboundSchema,
    "response.audio.done": OpenResponsesStreamEventResponseAudioDone$inboundSchema,
    "response.audio.transcript.delta": OpenResponsesStreamEventResponseAudioTranscriptDelta$inboundSchema,
    "response.audio.transcript.done": OpenResponsesStreamEventResponseAudioTranscriptDone$inboundSchema,
    "response.code_interpreter_call_code.delta": OpenResponsesStreamEventResponseCodeInterpreterCallCodeDelta$inboundSchema,
    "response.code_interpreter_call_code.done": OpenResponsesStreamEventResponseCodeInterpreterCallCodeDone$inboundSchema,
    "response.code_interpreter_call.completed": OpenResponsesStreamEventResponseCodeInterpreterCallCompleted$inboundSchema,
    "response.code_interpreter_call.in_progress": OpenResponsesStreamEventResponseCodeInterpreterCallInProgress$inboundSchema,
    "response.code_interpreter_call.interpreting": OpenResponsesStreamEventResponseCodeInterpreterCallInterpreting$inboundSchema,
    "response.completed": OpenResponsesStreamEventResponseCompleted$inboundSchema,
    "response.content_part.added": OpenResponsesStreamEventResponseContentPartAdded$inboundSchema,
    "response.content_part.done": OpenResponsesStreamEventResponseContentPartDone$inboundSchema,
    "response.created": OpenResponsesStreamEventResponseCreated$inboundSchema,
    error: OpenResponsesStreamEventError$inboundSchema,
    "response.file_search_call.completed": OpenResponsesStreamEventResponseFileSearchCallCompleted$inboundSchema,
    "response.file_search_call.in_progress": OpenResponsesStreamEventResponseFileSearchCallInProgress$inboundSchema,
    "response.file_search_call.searching": OpenResponsesStreamEventResponseFileSearchCallSearching$inboundSchema,
    "response.function_call_arguments.delta": OpenResponsesStreamEventResponseFunctionCallArgumentsDelta$inboundSchema,
    "response.function_call_arguments.done": OpenResponsesStreamEventResponseFunctionCallArgumentsDone$inboundSchema,
    "response.shell_call_command.added": OpenResponsesStreamEventResponseShellCallCommandAdded$inboundSchema,
    "response.shell_call_command.delta": OpenResponsesStreamEventResponseShellCallCommandDelta$inboundSchema,
    "response.shell_call_command.done": OpenResponsesStreamEventResponseShellCallCommandDone$inboundSchema,
    "response.shell_call_output_content.delta": OpenResponsesStreamEventResponseShellCallOutputContentDelta$inboundSchema,
    "response.shell_call_output_content.done": OpenResponsesStreamEventResponseShellCallOutputContentDone$inboundSchema,
    "response.in_progress": OpenResponsesStreamEventResponseInProgress$inboundSchema,
    "response.failed": OpenResponsesStreamEventResponseFailed$inboundSchema,
    "response.incomplete": OpenResponsesStreamEventResponseIncomplete$inboundSchema,
    "response.output_item.added": OpenResponsesStreamEventResponseOutputItemAdded$inboundSchema,
    "response.output_item.done": OpenResponsesStreamEventResponseOutputItemDone$inboundSchema,
    "response.reasoning_summary_part.added": OpenResponsesStreamEventResponseReasoningSummaryPartAdded$inboundSchema,
    "response.reasoning_summary_part.done": OpenResponsesStreamEventResponseReasoningSummaryPartDone$inboundSchema,
    "response.reasoning_summary_text.delta": OpenResponsesStreamEventResponseReasoningSummaryTextDelta$inboundSchema,
    "response.reasoning_summary_text.done": OpenResponsesStreamEventResponseReasoningSummaryTextDone$inboundSchema,
    "response.reasoning_text.delta": OpenResponsesStreamEventResponseReasoningTextDelta$inboundSchema,
    "response.reasoning_text.done": OpenResponsesStreamEventResponseReasoningTextDone$inboundSchema,
    "response.refusal.delta": OpenResponsesStreamEventResponseRefusalDelta$inboundSchema,
    "response.refusal.done": OpenResponsesStreamEventResponseRefusalDone$inboundSchema,
    "response.output_text.delta": OpenResponsesStreamEventResponseOutputTextDelta$inboundSchema,
    "response.output_text.done": OpenResponsesStreamEventResponseOutputTextDone$inboundSchema,
    "response.web_search_call.completed": OpenResponsesStreamEventResponseWebSearchCallCompleted$inboundSchema,
    "response.web_search_call.in_progress": OpenResponsesStreamEventResponseWebSearchCallInProgress$inboundSchema,
    "response.web_search_call.searching": OpenResponsesStreamEventResponseWebSearchCallSearching$inboundSchema,
    "response.image_generation_call.completed": OpenResponsesStreamEventResponseImageGenerationCallCompleted$inboundSchema,
    "response.image_generation_call.generating": OpenResponsesStreamEventResponseImageGenerationCallGenerating$inboundSchema,
    "response.image_generation_call.in_progress": OpenResponsesStreamEventResponseImageGenerationCallInProgress$inboundSchema,
    "response.image_generation_call.partial_image": OpenResponsesStreamEventResponseImageGenerationCallPartialImage$inboundSchema,
    "response.mcp_call_arguments.delta": OpenResponsesStreamEventResponseMcpCallArgumentsDelta$inboundSchema,
    "response.mcp_call_arguments.done": OpenResponsesStreamEventResponseMcpCallArgumentsDone$inboundSchema,
    "response.mcp_call.completed": OpenResponsesStreamEventResponseMcpCallCompleted$inboundSchema,
    "response.mcp_call.failed": OpenResponsesStreamEventResponseMcpCallFailed$inboundSchema,
    "response.mcp_call.in_progress": OpenResponsesStreamEventResponseMcpCallInProgress$inboundSchema,
    "response.mcp_list_tools.completed": OpenResponsesStreamEventResponseMcpListToolsCompleted$inboundSchema,
    "response.mcp_list_tools.failed": OpenResponsesStreamEventResponseMcpListToolsFailed$inboundSchema,
    "response.mcp_list_tools.in_progress": OpenResponsesStreamEventResponseMcpListToolsInProgress$inboundSchema,
    "response.output_text.annotation.added": OpenResponsesStreamEventResponseOutputTextAnnotationAdded$inboundSchema,
    "response.queued": OpenResponsesStreamEventResponseQueued$inboundSchema,
    "response.custom_tool_call_input.delta": OpenResponsesStreamEventResponseCustomToolCallInputDelta$inboundSchema,
    "response.custom_tool_call_input.done": OpenResponsesStreamEventResponseCustomToolCallInputDone$inboundSchema,
  },
);

export const OpenResponsesStreamEvent$outboundSchema: z.ZodType<OpenResponsesStreamEvent$Outbound, OpenResponsesStreamEvent> = discriminatedUnionOutbound(
  "type",
  {
    "response.audio.delta": OpenResponsesStreamEventResponseAudioDelta$outboundSchema,
    "response.audio.done": OpenResponsesStreamEventResponseAudioDone$outboundSchema,
    "response.audio.transcript.delta": OpenResponsesStreamEventResponseAudioTranscriptDelta$outboundSchema,
    "response.audio.transcript.done": OpenResponsesStreamEventResponseAudioTranscriptDone$outboundSchema,
    "response.code_interpreter_call_code.delta": OpenResponsesStreamEventResponseCodeInterpreterCallCodeDelta$outboundSchema,
    "response.code_interpreter_call_code.done": OpenResponsesStreamEventResponseCodeInterpreterCallCodeDone$outboundSchema,
    "response.code_interpreter_call.completed": OpenResponsesStreamEventResponseCodeInterpreterCallCompleted$outboundSchema,
    "response.code_interpreter_call.in_progress": OpenResponsesStreamEventResponseCodeInterpreterCallInProgress$outboundSchema,
    "response.code_interpreter_call.interpreting": OpenResponsesStreamEventResponseCodeInterpreterCallInterpreting$outboundSchema,
    "response.completed": OpenResponsesStreamEventResponseCompleted$outboundSchema,
    "response.content_part.added": OpenResponsesStreamEventResponseContentPartAdded$outboundSchema,
    "response.content_part.done": OpenResponsesStreamEventResponseContentPartDone$outboundSchema,
    "response.created": OpenResponsesStreamEventResponseCreated$outboundSchema,
    error: OpenResponsesStreamEventError$outboundSchema,
    "response.file_search_call.completed": OpenResponsesStreamEventResponseFileSearchCallCompleted$outboundSchema,
    "response.file_search_call.in_progress": OpenResponsesStreamEventResponseFileSearchCallInProgress$outboundSchema,
    "response.file_search_call.searching": OpenResponsesStreamEventResponseFileSearchCallSearching$outboundSchema,
    "response.function_call_arguments.delta": OpenResponsesStreamEventResponseFunctionCallArgumentsDelta$outboundSchema,
    "response.function_call_arguments.done": OpenResponsesStreamEventResponseFunctionCallArgumentsDone$outboundSchema,
    "response.shell_call_command.added": OpenResponsesStreamEventResponseShellCallCommandAdded$outboundSchema,
    "response.shell_call_command.delta": OpenResponsesStreamEventResponseShellCallCommandDelta$outboundSchema,
    "response.shell_call_command.done": OpenResponsesStreamEventResponseShellCallCommandDone$outboundSchema,
    "response.shell_call_output_content.delta": OpenResponsesStreamEventResponseShellCallOutputContentDelta$outboundSchema,
    "response.shell_call_output_content.done": OpenResponsesStreamEventResponseShellCallOutputContentDone$outboundSchema,
    "response.in_progress": OpenResponsesStreamEventResponseInProgress$outboundSchema,
    "response.failed": OpenResponsesStreamEventResponseFailed$outboundSchema,
    "response.incomplete": OpenResponsesStreamEventResponseIncomplete$outboundSchema,
    "response.output_item.added": OpenResponsesStreamEventResponseOutputItemAdded$outboundSchema,
    "response.output_item.done": OpenResponsesStreamEventResponseOutputItemDone$outboundSchema,
    "response.reasoning_summary_part.added": OpenResponsesStreamEventResponseReasoningSummaryPartAdded$outboundSchema,
    "response.reasoning_summary_part.done": OpenResponsesStreamEventResponseReasoningSummaryPartDone$outboundSchema,
    "response.reasoning_summary_text.delta": OpenResponsesStreamEventResponseReasoningSummaryTextDelta$outboundSchema,
    "response.reasoning_summary_text.done": OpenResponsesStreamEventResponseReasoningSummaryTextDone$outboundSchema,
    "response.reasoning_text.delta": OpenResponsesStreamEventResponseReasoningTextDelta$outboundSchema,
    "response.reasoning_text.done": OpenResponsesStreamEventResponseReasoningTextDone$outboundSchema,
    "response.refusal.delta": OpenResponsesStreamEventResponseRefusalDelta$outboundSchema,
    "response.refusal.done": OpenResponsesStreamEventResponseRefusalDone$outboundSchema,
    "response.output_text.delta": OpenResponsesStreamEventResponseOutputTextDelta$outboundSchema,
    "response.output_text.done": OpenResponsesStreamEventResponseOutputTextDone$outboundSchema,
    "response.web_search_call.completed": OpenResponsesStreamEventResponseWebSearchCallCompleted$outboundSchema,
    "response.web_search_call.in_progress": OpenResponsesStreamEventResponseWebSearchCallInProgress$outboundSchema,
    "response.web_search_call.searching": OpenResponsesStreamEventResponseWebSearchCallSearching$outboundSchema,
    "response.image_generation_call.completed": OpenResponsesStreamEventResponseImageGenerationCallCompleted$outboundSchema,
    "response.image_generation_call.generating": OpenResponsesStreamEventResponseImageGenerationCallGenerating$outboundSchema,
    "response.image_generation_call.in_progress": OpenResponsesStreamEventResponseImageGenerationCallInProgress$outboundSchema,
    "response.image_generation_call.partial_image": OpenResponsesStreamEventResponseImageGenerationCallPartialImage$outboundSchema,
    "response.mcp_call_arguments.delta": OpenResponsesStreamEventResponseMcpCallArgumentsDelta$outboundSchema,
    "response.mcp_call_arguments.done": OpenResponsesStreamEventResponseMcpCallArgumentsDone$outboundSchema,
    "response.mcp_call.completed": OpenResponsesStreamEventResponseMcpCallCompleted$outboundSchema,
    "response.mcp_call.failed": OpenResponsesStreamEventResponseMcpCallFailed$outboundSchema,
    "response.mcp_call.in_progress": OpenResponsesStreamEventResponseMcpCallInProgress$outboundSchema,
    "response.mcp_list_tools.completed": OpenResponsesStreamEventResponseMcpListToolsCompleted$outboundSchema,
    "response.mcp_list_tools.failed": OpenResponsesStreamEventResponseMcpListToolsFailed$outboundSchema,
    "response.mcp_list_tools.in_progress": OpenResponsesStreamEventResponseMcpListToolsInProgress$outboundSchema,
    "response.output_text.annotation.added": OpenResponsesStreamEventResponseOutputTextAnnotationAdded$outboundSchema,
    "response.queued": OpenResponsesStreamEventResponseQueued$outboundSchema,
    "response.custom_tool_call_input.delta": OpenResponsesStreamEventResponseCustomToolCallInputDelta$outboundSchema,
    "response.custom_tool_call_input.done": OpenResponsesStreamEventResponseCustomToolCallInputDone$outboundSchema,
  },
);

export function openResponsesStreamEventToJSON(value: OpenResponsesStreamEvent): string {
  return stringifyJSON(value, OpenResponsesStreamEvent$outboundSchema, "OpenResponsesStreamEvent");
}

export function openResponsesStreamEventFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEvent, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEvent$inboundSchema, "OpenResponsesStreamEvent");
}
