import { describeFlows } from './flows';
import { describeReaderDataFlows } from './reader-data';

describeFlows('chromium');
describeReaderDataFlows('chromium');
