import { describeFlows } from './flows';
import { describeReaderDataFlows } from './reader-data';

describeFlows('webkit');
describeReaderDataFlows('webkit');
